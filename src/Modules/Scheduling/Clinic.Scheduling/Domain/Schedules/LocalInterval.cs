namespace Clinic.Scheduling.Domain.Schedules;

/// <summary>
/// Wall-clock minutes of a local day, [Start, End): 0 = 00:00, 1440 = 24:00. Plain minutes make
/// "the whole day" and interval arithmetic exact; the location's zone turns them into instants.
/// </summary>
public readonly record struct LocalInterval(int StartMinute, int EndMinute)
{
    public const int MinutesPerDay = 24 * 60;

    public static readonly LocalInterval WholeDay = new(0, MinutesPerDay);

    public bool IsValid => StartMinute >= 0 && EndMinute <= MinutesPerDay && StartMinute < EndMinute;

    public int Minutes => EndMinute - StartMinute;

    public bool Overlaps(LocalInterval other) => StartMinute < other.EndMinute && other.StartMinute < EndMinute;

    /// <summary>"HH:mm"; 24:00 is allowed as an end.</summary>
    public static bool TryParseTime(string? text, out int minute)
    {
        minute = 0;
        if (text is not { Length: 5 } || text[2] != ':'
            || !int.TryParse(text.AsSpan(0, 2), out var hours) || !int.TryParse(text.AsSpan(3, 2), out var minutes)
            || minutes is < 0 or > 59 || hours is < 0 or > 24 || (hours == 24 && minutes != 0))
        {
            return false;
        }

        minute = (hours * 60) + minutes;
        return true;
    }

    public static string FormatTime(int minute) => $"{minute / 60:00}:{minute % 60:00}";

    /// <summary>The union of the given intervals minus the blocked ones, sorted and disjoint.</summary>
    public static List<LocalInterval> Subtract(IEnumerable<LocalInterval> open, IEnumerable<LocalInterval> blocked)
    {
        var result = Merge(open);
        foreach (var block in Merge(blocked))
        {
            var next = new List<LocalInterval>(result.Count + 1);
            foreach (var interval in result)
            {
                if (!interval.Overlaps(block))
                {
                    next.Add(interval);
                    continue;
                }

                if (interval.StartMinute < block.StartMinute)
                {
                    next.Add(new LocalInterval(interval.StartMinute, block.StartMinute));
                }

                if (block.EndMinute < interval.EndMinute)
                {
                    next.Add(new LocalInterval(block.EndMinute, interval.EndMinute));
                }
            }

            result = next;
        }

        return result;
    }

    /// <summary>Sorted, disjoint union; touching intervals join.</summary>
    public static List<LocalInterval> Merge(IEnumerable<LocalInterval> intervals)
    {
        var merged = new List<LocalInterval>();
        foreach (var interval in intervals.Where(i => i.IsValid).OrderBy(i => i.StartMinute))
        {
            if (merged.Count > 0 && merged[^1].EndMinute >= interval.StartMinute)
            {
                var last = merged[^1];
                merged[^1] = last with { EndMinute = Math.Max(last.EndMinute, interval.EndMinute) };
            }
            else
            {
                merged.Add(interval);
            }
        }

        return merged;
    }
}
