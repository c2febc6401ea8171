using Clinic.Scheduling.Domain.Availability;
using Mediator;

namespace Clinic.Scheduling.Features.Availability.SearchAvailability;

/// <summary>
/// Bookable start times for a cart of services (performed back to back, in order, by one provider)
/// at a location, for a specific provider or the first available, over local dates From..To.
/// </summary>
public sealed record SearchAvailability(Guid LocationId, IReadOnlyList<Guid> ServiceIds, Guid? ProviderId, DateOnly From, DateOnly To)
    : IRequest<AvailabilityResponse>;

/// <param name="TimeZone">IANA zone of the location; every local time and offset below is in it.</param>
/// <param name="DurationMinutes">How long the patient is in treatment (services plus the buffers between them).</param>
/// <param name="Days">Local dates that have at least one bookable start, in order.</param>
/// <param name="Providers">Names of the providers the slots mention.</param>
public sealed record AvailabilityResponse(string TimeZone, int DurationMinutes, IReadOnlyList<AvailableDay> Days, IReadOnlyList<SlotProvider> Providers);
