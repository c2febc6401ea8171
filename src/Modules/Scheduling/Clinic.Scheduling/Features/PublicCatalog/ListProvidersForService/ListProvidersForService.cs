using Mediator;

namespace Clinic.Scheduling.Features.PublicCatalog.ListProvidersForService;

/// <summary>Who can perform a service, optionally only at one location: the provider picker of the booking page.</summary>
public sealed record ListProvidersForService(Guid ServiceId, Guid? LocationId) : IRequest<IReadOnlyList<PublicProvider>>;

public sealed record PublicProvider(Guid Id, string DisplayName, string? Title, string? Bio, string? PhotoUrl, IReadOnlyList<Guid> LocationIds);
