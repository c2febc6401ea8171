using Mediator;

namespace Clinic.Scheduling.Features.Locations.DeactivateLocation;

/// <summary>Closes a location to new bookings; its history stays.</summary>
public sealed record DeactivateLocation(Guid LocationId) : IRequest;
