namespace Clinic.Scheduling.Domain.Appointments;

/// <summary>
/// A provider's time taken for a patient. <see cref="OccupiedUntil"/> adds the last service's buffer
/// to <see cref="EndsAt"/>: the provider cannot start anything else before it.
/// </summary>
internal sealed class Appointment
{
    private Appointment() { }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    public Guid ProviderId { get; private set; }

    public Guid LocationId { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public DateTimeOffset OccupiedUntil { get; private set; }

    public AppointmentStatus Status { get; private set; }

    /// <summary>Booked and started appointments take the provider's time; the others no longer do.</summary>
    public bool IsActive => Status is AppointmentStatus.Booked or AppointmentStatus.Started;

    public static Appointment Book(Guid patientId, Guid providerId, Guid locationId, DateTimeOffset startsAt, DateTimeOffset endsAt, DateTimeOffset occupiedUntil) => new()
    {
        Id = Guid.NewGuid(),
        PatientId = patientId,
        ProviderId = providerId,
        LocationId = locationId,
        StartsAt = startsAt,
        EndsAt = endsAt,
        OccupiedUntil = occupiedUntil,
        Status = AppointmentStatus.Booked,
    };
}
