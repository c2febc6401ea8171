using Clinic.Scheduling.Domain.Catalog;
using Clinic.Scheduling.Domain.Schedules;

namespace Clinic.Scheduling.Features.Schedules;

public sealed record WeeklyHoursResponse(Guid ProviderId, Guid LocationId, string TimeZone, IReadOnlyList<WorkingDay> Days)
{
    internal static WeeklyHoursResponse From(Guid providerId, Location location, IEnumerable<WeeklyHours> hours) => new(
        providerId,
        location.Id,
        location.TimeZoneId,
        hours.GroupBy(h => h.DayOfWeek)
            .OrderBy(g => ((int)g.Key + 6) % 7)
            .Select(g => new WorkingDay(g.Key, g.OrderBy(h => h.StartMinute)
                .Select(h => new TimeRange(LocalInterval.FormatTime(h.StartMinute), LocalInterval.FormatTime(h.EndMinute))).ToList()))
            .ToList());
}

/// <summary>Working intervals on a weekday, e.g. 09:00–13:00 and 15:00–19:00.</summary>
public sealed record WorkingDay(DayOfWeek DayOfWeek, IReadOnlyList<TimeRange> Intervals);
