using Clinic.Scheduling.Domain.Availability;
using Clinic.Scheduling.Domain.Catalog;

namespace Clinic.Scheduling.Features.Availability;

/// <summary>Days with their slots, in the location's zone, how long the cart takes, and the names of the providers the slots mention.</summary>
internal sealed record AvailabilityResult(
    string TimeZone,
    TreatmentTime Time,
    IReadOnlyList<AvailableDay> Days,
    IReadOnlyList<SlotProvider> Providers);
