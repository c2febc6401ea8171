namespace Clinic.Scheduling.Domain.Schedules;

/// <summary>A change to the weekly pattern on one local date.</summary>
internal sealed class ScheduleException
{
    private ScheduleException() { }

    public Guid Id { get; private set; }

    public ScheduleExceptionKind Kind { get; private set; }

    /// <summary>Set for time off and extra hours.</summary>
    public Guid? ProviderId { get; private set; }

    /// <summary>Set for extra hours and closures; time off applies at every location.</summary>
    public Guid? LocationId { get; private set; }

    public DateOnly Date { get; private set; }

    public int StartMinute { get; private set; }

    public int EndMinute { get; private set; }

    public string? Reason { get; private set; }

    public LocalInterval Interval => new(StartMinute, EndMinute);

    public static ScheduleException Create(ScheduleExceptionKind kind, Guid? providerId, Guid? locationId, DateOnly date, LocalInterval interval, string? reason) => new()
    {
        Id = Guid.NewGuid(),
        Kind = kind,
        ProviderId = providerId,
        LocationId = locationId,
        Date = date,
        StartMinute = interval.StartMinute,
        EndMinute = interval.EndMinute,
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
    };
}
