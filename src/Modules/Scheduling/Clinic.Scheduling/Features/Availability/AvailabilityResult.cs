using Clinic.Scheduling.Domain.Availability;

namespace Clinic.Scheduling.Features.Availability;

/// <summary>Days with their slots, in the location's zone, and the names of the providers the slots mention.</summary>
internal sealed record AvailabilityResult(
    string TimeZone,
    int DurationMinutes,
    IReadOnlyList<AvailableDay> Days,
    IReadOnlyList<SlotProvider> Providers);
