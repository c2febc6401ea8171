namespace Clinic.Scheduling.Domain.Appointments;

/// <summary>One line of an appointment's audit trail: what changed, when, and who did it.</summary>
internal sealed class AppointmentChange
{
    private AppointmentChange() { }

    public AppointmentChange(Guid appointmentId, DateTimeOffset at, string by, string action, string? details)
    {
        Id = Guid.NewGuid();
        AppointmentId = appointmentId;
        At = at;
        By = by;
        Action = action;
        Details = details;
    }

    public Guid Id { get; private set; }

    public Guid AppointmentId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string By { get; private set; } = "";

    public string Action { get; private set; } = "";

    public string? Details { get; private set; }
}
