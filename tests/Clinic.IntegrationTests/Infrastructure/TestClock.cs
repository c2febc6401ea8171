using System.Globalization;

namespace Clinic.IntegrationTests.Infrastructure;

/// <summary>
/// The suite's "now": the instant in <c>CLINIC_TEST_NOW</c> (ISO 8601) when set — so the whole suite can be run on
/// the night clocks change or on New Year's Eve — otherwise the real time when the suite started. Every test host
/// starts its clock here (<see cref="ClinicApiFactory"/>) and every date a test uses is derived from it.
/// </summary>
public static class TestClock
{
    public const string Variable = "CLINIC_TEST_NOW";

    public static DateTimeOffset Now { get; } = Read();

    /// <summary>The Monday of the week that holds <see cref="Now"/> in the zone, at a local time of day.</summary>
    public static DateTimeOffset MondayOfWeek(string timeZone, TimeOnly time)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, zone).DateTime);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return At(timeZone, monday, time);
    }

    /// <summary>The instant a wall-clock reading names in a zone; refuses readings the zone skips or repeats.</summary>
    public static DateTimeOffset At(string timeZone, DateOnly date, TimeOnly time)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local) || zone.IsAmbiguousTime(local))
        {
            throw new ArgumentException($"{local:yyyy-MM-dd HH:mm} is skipped or repeated in {timeZone}; pick an unambiguous time for the test.");
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static DateTimeOffset Read()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(configured))
        {
            return TimeProvider.System.GetUtcNow();
        }

        return DateTimeOffset.TryParse(configured, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var now)
            ? now.ToUniversalTime()
            : throw new InvalidOperationException($"{Variable} must be an ISO 8601 instant such as 2027-03-28T00:30:00Z; it was '{configured}'.");
    }
}
