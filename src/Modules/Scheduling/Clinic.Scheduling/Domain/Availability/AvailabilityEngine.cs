using Clinic.Scheduling.Domain.Schedules;

namespace Clinic.Scheduling.Domain.Availability;

/// <summary>
/// Computes bookable start times from already-loaded calendars: no I/O, so it is exact to test and
/// cheap to run. For each local date, a provider's working time is the set of instants whose wall-clock
/// reading falls in their working intervals (weekly pattern + extra hours − time off − closures).
/// Candidate starts are the wall-clock grid from midnight, every <see cref="AvailabilityQuery.SlotIntervalMinutes"/>,
/// each resolved to its real instant(s). A start is offered when, for some provider, the treatment lies
/// inside that day's working time, the occupied span (treatment + trailing buffer) overlaps no busy time,
/// and it is not before the earliest allowed instant.
/// </summary>
internal static class AvailabilityEngine
{
    public static List<AvailableDay> Compute(AvailabilityQuery query, IReadOnlyList<ProviderCalendar> calendars)
    {
        var treatmentTicks = TimeSpan.FromMinutes(query.TreatmentMinutes).Ticks;
        var occupiedTicks = TimeSpan.FromMinutes(query.OccupiedMinutes).Ticks;
        var earliest = query.EarliestStart.UtcTicks;
        var busy = calendars.Select(c => Merged(c.Busy.Select(b => (b.Start.UtcTicks, b.End.UtcTicks)))).ToArray();
        var booked = calendars.Select(c => Merged(c.Booked.Select(b => (b.Start.UtcTicks, b.End.UtcTicks)))).ToArray();
        var weeklyMerged = calendars.Select(c => c.WeeklyHours.ToDictionary(w => w.Key, w => LocalInterval.Merge(w.Value))).ToArray();
        var days = new List<AvailableDay>();
        Span<long> instants = stackalloc long[2];
        var pieces = new List<(long Start, long End)>();
        var free = new List<(long Start, int Minute, int Provider)>();

        for (var date = query.FirstDate; date <= query.LastDate; date = date.AddDays(1))
        {
            var day = new ZoneDay(query.Zone, date);
            free.Clear();

            for (var p = 0; p < calendars.Count; p++)
            {
                var hours = WorkingHours(calendars[p], date, weeklyMerged[p]);
                if (hours.Count == 0)
                {
                    continue;
                }

                pieces.Clear();
                foreach (var interval in hours)
                {
                    day.AddInstants(interval, pieces);
                }

                var working = Merged(pieces);
                foreach (var interval in hours)
                {
                    var firstMinute = (interval.StartMinute + query.SlotIntervalMinutes - 1) / query.SlotIntervalMinutes * query.SlotIntervalMinutes;
                    for (var minute = firstMinute; minute < interval.EndMinute; minute += query.SlotIntervalMinutes)
                    {
                        var count = day.Instants(minute, instants);
                        for (var i = 0; i < count; i++)
                        {
                            var start = instants[i];
                            if (start >= earliest && Contains(working, start, start + treatmentTicks) && !Overlaps(busy[p], start, start + occupiedTicks))
                            {
                                free.Add((start, minute, p));
                            }
                        }
                    }
                }
            }

            if (free.Count == 0)
            {
                continue;
            }

            pieces.Clear();
            day.AddInstants(LocalInterval.WholeDay, pieces);
            var bookedTicks = booked.Select(b => pieces.Sum(piece => OverlapTicks(b, piece.Start, piece.End))).ToArray();
            free.Sort();
            var slots = new List<AvailableSlot>();
            for (var i = 0; i < free.Count;)
            {
                var j = i;
                while (j < free.Count && free[j].Start == free[i].Start)
                {
                    j++;
                }

                var providers = new List<int>(j - i);
                for (var k = i; k < j; k++)
                {
                    providers.Add(free[k].Provider);
                }

                slots.Add(new AvailableSlot(
                    LocalInterval.FormatTime(free[i].Minute),
                    ToLocal(free[i].Start, free[i].Minute, date),
                    providers.ConvertAll(p => calendars[p].ProviderId),
                    calendars[FirstAvailable(providers, bookedTicks, calendars)].ProviderId));
                i = j;
            }

            days.Add(new AvailableDay(date, slots));
        }

        return days;
    }

    /// <summary>The weekly pattern for the date plus extra hours, minus time off and closures, in local minutes.</summary>
    internal static List<LocalInterval> WorkingHours(ProviderCalendar calendar, DateOnly date, Dictionary<DayOfWeek, List<LocalInterval>> weeklyMerged)
    {
        var weekly = weeklyMerged.TryGetValue(date.DayOfWeek, out var pattern) ? pattern : [];
        var hasExtra = calendar.ExtraHours.TryGetValue(date, out var extra);
        var hasBlocked = calendar.Blocked.TryGetValue(date, out var blocked);
        if (!hasExtra && !hasBlocked)
        {
            return weekly;
        }

        IEnumerable<LocalInterval> open = hasExtra ? weekly.Concat(extra!) : weekly;
        return hasBlocked ? LocalInterval.Subtract(open, blocked!) : LocalInterval.Merge(open);
    }

    /// <summary>The instant with the offset that makes its wall clock read the slot's local time.</summary>
    private static DateTimeOffset ToLocal(long utcTicks, int minute, DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue).AddMinutes(minute);
        return new DateTimeOffset(local, TimeSpan.FromTicks(local.Ticks - utcTicks));
    }

    /// <summary>
    /// "First available" tie-break among providers free at the same start: the one with the least
    /// booked time that day (spreads work across the team), then by name, then by id, so the choice is stable.
    /// </summary>
    private static int FirstAvailable(List<int> providers, long[] bookedTicks, IReadOnlyList<ProviderCalendar> calendars) =>
        providers
            .OrderBy(p => bookedTicks[p])
            .ThenBy(p => calendars[p].Name, StringComparer.Ordinal)
            .ThenBy(p => calendars[p].ProviderId)
            .First();

    /// <summary>Sorted, disjoint [start, end) tick ranges; touching ranges join.</summary>
    private static (long Start, long End)[] Merged(IEnumerable<(long Start, long End)> ranges)
    {
        var merged = new List<(long Start, long End)>();
        foreach (var (start, end) in ranges.Where(r => r.End > r.Start).OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && merged[^1].End >= start)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, end));
            }
            else
            {
                merged.Add((start, end));
            }
        }

        return [.. merged];
    }

    private static bool Contains((long Start, long End)[] ranges, long start, long end)
    {
        var index = FirstEndingAfter(ranges, start);
        return index < ranges.Length && ranges[index].Start <= start && end <= ranges[index].End;
    }

    private static bool Overlaps((long Start, long End)[] ranges, long start, long end)
    {
        var index = FirstEndingAfter(ranges, start);
        return index < ranges.Length && ranges[index].Start < end;
    }

    private static long OverlapTicks((long Start, long End)[] ranges, long start, long end)
    {
        long total = 0;
        for (var i = FirstEndingAfter(ranges, start); i < ranges.Length && ranges[i].Start < end; i++)
        {
            total += Math.Min(end, ranges[i].End) - Math.Max(start, ranges[i].Start);
        }

        return total;
    }

    /// <summary>Index of the first range ending after <paramref name="instant"/> (ends are sorted because ranges are disjoint).</summary>
    private static int FirstEndingAfter((long Start, long End)[] ranges, long instant)
    {
        int low = 0, high = ranges.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (ranges[mid].End <= instant)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
