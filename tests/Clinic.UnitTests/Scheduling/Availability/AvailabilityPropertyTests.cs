using Clinic.Scheduling.Domain.Availability;
using Clinic.Scheduling.Domain.Schedules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Clinic.UnitTests.Scheduling.Availability;

/// <summary>
/// The engine against a brute-force oracle that walks every minute with TimeZoneInfo directly, over
/// random schedules, bookings and zones around DST changes: every returned slot is valid (inside working
/// hours, clear of busy time with buffers, after notice) and every valid grid start is returned.
/// </summary>
public sealed class AvailabilityPropertyTests
{
    private static readonly string[] Zones = ["Europe/Madrid", "Atlantic/Canary", "Asia/Kolkata", "Australia/Lord_Howe", "America/New_York"];

    private static readonly DateOnly[] Dates =
    [
        new(2026, 3, 28), new(2026, 3, 29), new(2026, 10, 24), new(2026, 10, 25), new(2026, 10, 4),
        new(2026, 4, 5), new(2026, 3, 8), new(2026, 11, 1), new(2026, 6, 15),
    ];

    public sealed record ProviderSpec(
        Guid Id, string Name, (DayOfWeek Day, int Start, int Length)[] Weekly, (int DayOffset, int Start, int Length)[] Off,
        (int MinuteOffset, int Length)[] Busy);

    public sealed record Scenario(
        string Zone, DateOnly First, int Days, int Slot, int Treatment, int Buffer, int? EarliestMinuteOffset, ProviderSpec[] Providers)
    {
        public override string ToString() =>
            $"{Zone} {First}+{Days}d slot {Slot} treat {Treatment}+{Buffer} earliest {EarliestMinuteOffset?.ToString() ?? "-"} providers {Providers.Length}";
    }

    private static Gen<T[]> Between<T>(Gen<T> item, int min, int max) =>
        from count in Gen.Choose(min, max)
        from items in item.ArrayOf(count)
        select items;

    private static Gen<ProviderSpec> ProviderGen =>
        from weekly in Between(
            from day in Gen.Elements(Enum.GetValues<DayOfWeek>())
            from start in Gen.Choose(0, 47)
            from length in Gen.Choose(1, 20)
            select (day, start * 30, length * 30), 1, 10)
        from off in Between(
            from offset in Gen.Choose(0, 2)
            from start in Gen.Choose(0, 47)
            from length in Gen.Choose(1, 16)
            select (offset, start * 30, length * 30), 0, 2)
        from busy in Between(
            from minute in Gen.Choose(-600, 3 * 1440)
            from length in Gen.Choose(1, 36)
            select (minute, length * 5), 0, 8)
        from name in Gen.Elements("Ana", "Bea", "Carla", "Dani")
        select new ProviderSpec(Guid.NewGuid(), name, weekly, off, busy);

    private static Gen<Scenario> ScenarioGen =>
        from zone in Gen.Elements(Zones)
        from first in Gen.Elements(Dates)
        from days in Gen.Choose(1, 3)
        from slot in Gen.Elements(5, 10, 15, 30, 60)
        from treatment in Gen.Choose(1, 36)
        from buffer in Gen.Elements(0, 5, 10, 15, 30)
        from earliest in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(-600, 3 * 1440).Select(m => (int?)m))
        from providers in Between(ProviderGen, 1, 3)
        select new Scenario(zone, first, days, slot, treatment * 5, buffer, earliest, providers);

    [Property(MaxTest = 300)]
    public Property Given_random_schedules_and_bookings_When_searching_Then_the_engine_returns_exactly_the_valid_starts() =>
        Prop.ForAll(ScenarioGen.ToArbitrary(), scenario =>
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(scenario.Zone);
            var baseUtc = new DateTimeOffset(scenario.First.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var earliest = scenario.EarliestMinuteOffset is { } e ? baseUtc.AddMinutes(e) : DateTimeOffset.MinValue;
            var last = scenario.First.AddDays(scenario.Days - 1);
            var calendars = scenario.Providers.Select(p => ToCalendar(p, scenario.First, baseUtc)).ToList();
            var query = new AvailabilityQuery(zone, scenario.First, last, earliest, scenario.Slot, scenario.Treatment, scenario.Treatment + scenario.Buffer);

            var actual = AvailabilityEngine.Compute(query, calendars)
                .SelectMany(d => d.Slots.SelectMany(s => s.ProviderIds.Select(p => (s.StartsAt.UtcTicks, p))))
                .ToHashSet();
            var expected = Oracle(zone, scenario, calendars, earliest);

            return actual.SetEquals(expected);
        });

    private static ProviderCalendar ToCalendar(ProviderSpec spec, DateOnly first, DateTimeOffset baseUtc)
    {
        var weekly = spec.Weekly
            .GroupBy(w => w.Day)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<LocalInterval>)g.Select(w => new LocalInterval(w.Start, Math.Min(LocalInterval.MinutesPerDay, w.Start + w.Length))).ToList());
        var off = spec.Off
            .GroupBy(o => first.AddDays(o.DayOffset))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<LocalInterval>)g.Select(o => new LocalInterval(o.Start, Math.Min(LocalInterval.MinutesPerDay, o.Start + o.Length))).ToList());
        var busy = spec.Busy.Select(b => new BusyInterval(baseUtc.AddMinutes(b.MinuteOffset), baseUtc.AddMinutes(b.MinuteOffset + b.Length))).ToList();
        return new ProviderCalendar(spec.Id, spec.Name, weekly, new Dictionary<DateOnly, IReadOnlyList<LocalInterval>>(), off, busy, busy);
    }

    /// <summary>Minute by minute, straight from the definitions, with TimeZoneInfo resolving every wall-clock minute.</summary>
    private static HashSet<(long, Guid)> Oracle(TimeZoneInfo zone, Scenario scenario, List<ProviderCalendar> calendars, DateTimeOffset earliest)
    {
        var result = new HashSet<(long, Guid)>();
        for (var date = scenario.First; date < scenario.First.AddDays(scenario.Days); date = date.AddDays(1))
        {
            foreach (var calendar in calendars)
            {
                bool IsWorking(int minute) =>
                    (calendar.WeeklyHours.TryGetValue(date.DayOfWeek, out var weekly) && weekly.Any(i => i.StartMinute <= minute && minute < i.EndMinute))
                    && !(calendar.Blocked.TryGetValue(date, out var blocked) && blocked.Any(i => i.StartMinute <= minute && minute < i.EndMinute));

                var workingUtcMinutes = new HashSet<long>();
                for (var minute = 0; minute < LocalInterval.MinutesPerDay; minute++)
                {
                    if (IsWorking(minute))
                    {
                        foreach (var instant in InstantsOf(zone, date, minute))
                        {
                            workingUtcMinutes.Add(instant.UtcTicks / TimeSpan.TicksPerMinute);
                        }
                    }
                }

                for (var minute = 0; minute < LocalInterval.MinutesPerDay; minute += scenario.Slot)
                {
                    foreach (var start in InstantsOf(zone, date, minute))
                    {
                        var first = start.UtcTicks / TimeSpan.TicksPerMinute;
                        var inHours = Enumerable.Range(0, scenario.Treatment).All(i => workingUtcMinutes.Contains(first + i));
                        var end = start.AddMinutes(scenario.Treatment + scenario.Buffer);
                        var clear = calendar.Busy.All(b => b.End <= start || b.Start >= end);
                        if (inHours && clear && start >= earliest)
                        {
                            result.Add((start.UtcTicks, calendar.ProviderId));
                        }
                    }
                }
            }
        }

        return result;
    }

    private static IEnumerable<DateTimeOffset> InstantsOf(TimeZoneInfo zone, DateOnly date, int minute)
    {
        var local = date.ToDateTime(TimeOnly.MinValue).AddMinutes(minute);
        if (zone.IsInvalidTime(local))
        {
            return [];
        }

        return zone.IsAmbiguousTime(local)
            ? zone.GetAmbiguousTimeOffsets(local).Select(offset => new DateTimeOffset(local, offset))
            : [new DateTimeOffset(local, zone.GetUtcOffset(local))];
    }
}
