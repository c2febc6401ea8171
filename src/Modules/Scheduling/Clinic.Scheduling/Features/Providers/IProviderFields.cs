namespace Clinic.Scheduling.Features.Providers;

public interface IProviderFields
{
    string DisplayName { get; }

    string? Title { get; }

    string? Bio { get; }

    string? PhotoUrl { get; }

    IReadOnlyList<Guid> ServiceIds { get; }

    IReadOnlyList<Guid> LocationIds { get; }
}
