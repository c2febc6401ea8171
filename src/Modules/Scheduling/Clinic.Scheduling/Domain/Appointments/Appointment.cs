namespace Clinic.Scheduling.Domain.Appointments;

/// <summary>
/// A provider's time taken for a patient: one or more services back to back. <see cref="OccupiedUntil"/>
/// adds the last service's buffer to <see cref="EndsAt"/>: the provider cannot start anything else before it.
/// </summary>
internal sealed class Appointment
{
    private readonly List<AppointmentService> services = [];

    private Appointment() { }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    public Guid ProviderId { get; private set; }

    public Guid LocationId { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public DateTimeOffset OccupiedUntil { get; private set; }

    public AppointmentStatus Status { get; private set; }

    public IReadOnlyList<AppointmentService> Services => services;

    public DateTimeOffset BookedAt { get; private set; }

    /// <summary>Who booked: "patient" for online bookings, otherwise the staff member's name.</summary>
    public string BookedBy { get; private set; } = "";

    public string? Notes { get; private set; }

    /// <summary>Booked and started appointments take the provider's time; the others no longer do.</summary>
    public bool IsActive => Status is AppointmentStatus.Booked or AppointmentStatus.Started;

    public static Appointment Book(
        Guid patientId, Guid providerId, Guid locationId, DateTimeOffset startsAt, IReadOnlyList<AppointmentService> services,
        DateTimeOffset bookedAt, string bookedBy, string? notes)
    {
        if (services.Count == 0)
        {
            throw new ArgumentException("An appointment has at least one service.", nameof(services));
        }

        var treatment = services.Sum(s => s.DurationMinutes) + services.Take(services.Count - 1).Sum(s => s.BufferMinutes);
        var appointment = new Appointment
        {
            Id = Guid.NewGuid(),
            PatientId = patientId,
            ProviderId = providerId,
            LocationId = locationId,
            StartsAt = startsAt,
            EndsAt = startsAt.AddMinutes(treatment),
            OccupiedUntil = startsAt.AddMinutes(services.Sum(s => s.DurationMinutes + s.BufferMinutes)),
            Status = AppointmentStatus.Booked,
            BookedAt = bookedAt,
            BookedBy = bookedBy,
            Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(),
        };
        appointment.services.AddRange(services);
        return appointment;
    }
}
