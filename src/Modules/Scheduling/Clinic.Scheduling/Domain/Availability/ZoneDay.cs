using Clinic.Scheduling.Domain.Schedules;

namespace Clinic.Scheduling.Domain.Availability;

/// <summary>
/// One local date in one zone, seen as the stretches of real time during which the zone's offset is
/// constant. A wall-clock time maps to an instant in every stretch whose local span contains it: none
/// for a time skipped by spring-forward, two for a time repeated by fall-back, one otherwise. A local
/// interval is likewise exactly the instants whose wall-clock reading falls inside it.
/// </summary>
internal sealed class ZoneDay
{
    // Wider than any UTC offset (−12 h … +14 h), so every instant of the local date is inside.
    private static readonly TimeSpan Margin = TimeSpan.FromHours(15);
    private static readonly long MinuteTicks = TimeSpan.TicksPerMinute;

    private readonly long midnightTicks;
    private readonly List<(long Start, long End, long Offset)> stretches;

    public ZoneDay(TimeZoneInfo zone, DateOnly date)
    {
        Date = date;
        midnightTicks = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified).Ticks;
        var from = new DateTimeOffset(midnightTicks, TimeSpan.Zero) - Margin;
        var to = new DateTimeOffset(midnightTicks, TimeSpan.Zero).AddDays(1) + Margin;
        stretches = Stretches(zone, from, to);
    }

    public DateOnly Date { get; }

    /// <summary>UTC ticks of every instant whose wall clock reads <paramref name="minute"/> on this date, earliest first.</summary>
    public int Instants(int minute, Span<long> into)
    {
        var local = midnightTicks + (minute * MinuteTicks);
        var count = 0;
        foreach (var (start, end, offset) in stretches)
        {
            var utc = local - offset;
            if (utc >= start && utc < end)
            {
                into[count++] = utc;
            }
        }

        return count;
    }

    /// <summary>The instants (as UTC tick ranges) whose wall-clock reading on this date lies in <paramref name="interval"/>.</summary>
    public void AddInstants(LocalInterval interval, List<(long Start, long End)> into)
    {
        var localStart = midnightTicks + (interval.StartMinute * MinuteTicks);
        var localEnd = midnightTicks + (interval.EndMinute * MinuteTicks);
        foreach (var (start, end, offset) in stretches)
        {
            var from = Math.Max(start, localStart - offset);
            var to = Math.Min(end, localEnd - offset);
            if (from < to)
            {
                into.Add((from, to));
            }
        }
    }

    /// <summary>Splits [from, to) where the zone's offset changes; a change is located to the minute by bisection.</summary>
    private static List<(long Start, long End, long Offset)> Stretches(TimeZoneInfo zone, DateTimeOffset from, DateTimeOffset to)
    {
        var result = new List<(long, long, long)>(2);
        var start = from;
        while (start < to)
        {
            var offset = zone.GetUtcOffset(start);
            var end = to;
            if (zone.GetUtcOffset(to.AddTicks(-1)) != offset)
            {
                // The first instant with a different offset: transitions fall on whole minutes.
                long low = start.UtcTicks / MinuteTicks, high = (to.UtcTicks - 1) / MinuteTicks;
                while (low < high)
                {
                    var mid = low + ((high - low) / 2);
                    if (zone.GetUtcOffset(new DateTimeOffset(mid * MinuteTicks, TimeSpan.Zero)) == offset)
                    {
                        low = mid + 1;
                    }
                    else
                    {
                        high = mid;
                    }
                }

                end = new DateTimeOffset(low * MinuteTicks, TimeSpan.Zero);
            }

            result.Add((start.UtcTicks, end.UtcTicks, offset.Ticks));
            start = end;
        }

        return result;
    }
}
