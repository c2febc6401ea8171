namespace Clinic.Scheduling.Domain.Availability;

/// <summary>
/// What to look for: local dates at a location, the earliest allowed instant (now + notice), the
/// grid spacing, how long the treatment takes (it must end within working hours) and how long it
/// occupies the provider (treatment plus trailing buffer; it must not overlap busy time).
/// </summary>
internal sealed record AvailabilityQuery(
    TimeZoneInfo Zone,
    DateOnly FirstDate,
    DateOnly LastDate,
    DateTimeOffset EarliestStart,
    int SlotIntervalMinutes,
    int TreatmentMinutes,
    int OccupiedMinutes);
