using Clinic.Scheduling.Domain.Availability;
using Clinic.Scheduling.Domain.Schedules;

namespace Clinic.UnitTests.Scheduling.Availability;

/// <summary>Terse construction of provider calendars for engine tests.</summary>
internal sealed class CalendarBuilder(string name)
{
    private readonly Dictionary<DayOfWeek, IReadOnlyList<LocalInterval>> weekly = new();
    private readonly Dictionary<DateOnly, IReadOnlyList<LocalInterval>> extra = new();
    private readonly Dictionary<DateOnly, IReadOnlyList<LocalInterval>> blocked = new();
    private readonly List<BusyInterval> busy = [];
    private readonly List<BusyInterval> booked = [];

    public Guid Id { get; } = Guid.NewGuid();

    public static LocalInterval Hours(string start, string end)
    {
        LocalInterval.TryParseTime(start, out var from).ShouldBeTrue();
        LocalInterval.TryParseTime(end, out var to).ShouldBeTrue();
        return new LocalInterval(from, to);
    }

    public CalendarBuilder Works(string start, string end, params DayOfWeek[] days)
    {
        foreach (var day in days.Length == 0 ? Enum.GetValues<DayOfWeek>() : days)
        {
            weekly[day] = [.. weekly.GetValueOrDefault(day) ?? [], Hours(start, end)];
        }

        return this;
    }

    public CalendarBuilder Extra(DateOnly date, string start, string end)
    {
        extra[date] = [.. extra.GetValueOrDefault(date) ?? [], Hours(start, end)];
        return this;
    }

    public CalendarBuilder Off(DateOnly date, string start = "00:00", string end = "24:00")
    {
        blocked[date] = [.. blocked.GetValueOrDefault(date) ?? [], Hours(start, end)];
        return this;
    }

    public CalendarBuilder Booked(DateTimeOffset start, DateTimeOffset end)
    {
        busy.Add(new BusyInterval(start, end));
        booked.Add(new BusyInterval(start, end));
        return this;
    }

    public CalendarBuilder Held(DateTimeOffset start, DateTimeOffset end)
    {
        busy.Add(new BusyInterval(start, end));
        return this;
    }

    public ProviderCalendar Build() => new(Id, name, weekly, extra, blocked, busy, booked);
}
