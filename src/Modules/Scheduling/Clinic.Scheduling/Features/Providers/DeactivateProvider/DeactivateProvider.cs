using Mediator;

namespace Clinic.Scheduling.Features.Providers.DeactivateProvider;

/// <summary>Stops a practitioner from being offered for new bookings.</summary>
public sealed record DeactivateProvider(Guid ProviderId) : IRequest;
