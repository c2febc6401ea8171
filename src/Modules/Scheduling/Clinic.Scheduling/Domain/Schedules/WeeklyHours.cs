namespace Clinic.Scheduling.Domain.Schedules;

/// <summary>One working interval of a provider at a location on a weekday, in the location's wall-clock time.</summary>
internal sealed class WeeklyHours
{
    private WeeklyHours() { }

    public Guid Id { get; private set; }

    public Guid ProviderId { get; private set; }

    public Guid LocationId { get; private set; }

    public DayOfWeek DayOfWeek { get; private set; }

    public int StartMinute { get; private set; }

    public int EndMinute { get; private set; }

    public LocalInterval Interval => new(StartMinute, EndMinute);

    public static WeeklyHours Create(Guid providerId, Guid locationId, DayOfWeek day, LocalInterval interval) => new()
    {
        Id = Guid.NewGuid(),
        ProviderId = providerId,
        LocationId = locationId,
        DayOfWeek = day,
        StartMinute = interval.StartMinute,
        EndMinute = interval.EndMinute,
    };
}
