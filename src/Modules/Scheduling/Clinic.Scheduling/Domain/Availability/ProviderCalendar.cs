using Clinic.Scheduling.Domain.Schedules;

namespace Clinic.Scheduling.Domain.Availability;

/// <summary>Everything the engine needs to know about one provider at one location, already loaded.</summary>
internal sealed record ProviderCalendar(
    Guid ProviderId,
    string Name,
    IReadOnlyDictionary<DayOfWeek, IReadOnlyList<LocalInterval>> WeeklyHours,
    IReadOnlyDictionary<DateOnly, IReadOnlyList<LocalInterval>> ExtraHours,
    IReadOnlyDictionary<DateOnly, IReadOnlyList<LocalInterval>> Blocked,
    IReadOnlyList<BusyInterval> Busy,
    IReadOnlyList<BusyInterval> Booked);
