using Mediator;

namespace Clinic.Scheduling.Features.Providers.CreateProvider;

public sealed record CreateProvider(
    string DisplayName,
    string? Title,
    string? Bio,
    string? PhotoUrl,
    IReadOnlyList<Guid> ServiceIds,
    IReadOnlyList<Guid> LocationIds) : IRequest<ProviderResponse>, IProviderFields;
