namespace Clinic.Scheduling.Domain.Catalog;

internal sealed record ProviderDetails(
    string DisplayName,
    string? Title,
    string? Bio,
    string? PhotoUrl,
    IReadOnlyCollection<Guid> ServiceIds,
    IReadOnlyCollection<Guid> LocationIds);
