namespace Clinic.Scheduling.Features.Availability;

/// <summary>The cart (services in the order performed), where, with whom (null = first available) and which local dates.</summary>
internal sealed record AvailabilityRequest(Guid LocationId, IReadOnlyList<Guid> ServiceIds, Guid? ProviderId, DateOnly From, DateOnly To);
