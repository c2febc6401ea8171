using BenchmarkDotNet.Attributes;
using Clinic.Scheduling.Domain.Availability;
using Clinic.Scheduling.Domain.Schedules;

namespace Clinic.Benchmarks;

/// <summary>
/// The availability computation alone (calendars already loaded): a 60-minute treatment with a
/// 10-minute buffer, first available, 15-minute grid, Europe/Madrid over a range that crosses the
/// October DST change. Busy density is fixed at ~8.3 appointments per provider per day, so the
/// 20 × 60 case holds 10,000 appointments and the scaling cases grow the data with the work.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class AvailabilityBenchmarks
{
    private static readonly TimeZoneInfo Madrid = TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid");
    private static readonly DateOnly First = new(2026, 10, 1);

    private AvailabilityQuery query = null!;
    private List<ProviderCalendar> calendars = null!;

    [Params(20, 100)]
    public int Providers { get; set; }

    [Params(60, 120)]
    public int Days { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var appointments = (int)Math.Round(10_000.0 / (20 * 60) * Providers * Days);
        query = new AvailabilityQuery(Madrid, First, First.AddDays(Days - 1), DateTimeOffset.MinValue, 15, 60, 70);
        var weekly = new Dictionary<DayOfWeek, IReadOnlyList<LocalInterval>>();
        foreach (var day in Enum.GetValues<DayOfWeek>().Where(d => d != DayOfWeek.Sunday))
        {
            weekly[day] = [new LocalInterval(9 * 60, 14 * 60), new LocalInterval(16 * 60, 20 * 60)];
        }

        calendars = Enumerable.Range(0, Providers).Select(p =>
        {
            var busy = Enumerable.Range(0, appointments / Providers).Select(_ =>
            {
                var date = First.AddDays(random.Next(Days));
                var local = date.ToDateTime(new TimeOnly(9, 0)).AddMinutes(random.Next(0, 44) * 15);
                var start = new DateTimeOffset(local, Madrid.GetUtcOffset(local));
                return new BusyInterval(start, start.AddMinutes(random.Next(2, 7) * 15));
            }).ToList();
            return new ProviderCalendar(Guid.NewGuid(), $"Provider {p:000}", weekly,
                new Dictionary<DateOnly, IReadOnlyList<LocalInterval>>(), new Dictionary<DateOnly, IReadOnlyList<LocalInterval>>(), busy, busy);
        }).ToList();
    }

    [Benchmark]
    public int Compute() => AvailabilityEngine.Compute(query, calendars).Count;
}
