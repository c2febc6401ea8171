using System.Linq.Expressions;
using Clinic.BuildingBlocks.Errors;
using Clinic.BuildingBlocks.Security;
using Clinic.Scheduling.Domain.Catalog;
using Clinic.Scheduling.Domain.Policies;

namespace Clinic.Scheduling.Domain.Appointments;

/// <summary>
/// A provider's time taken for a patient: one or more services back to back. <see cref="OccupiedUntil"/>
/// adds the last service's buffer to <see cref="EndsAt"/>: the provider cannot start anything else before it.
/// </summary>
internal sealed class Appointment
{
    private readonly List<AppointmentService> services = [];
    private readonly List<AppointmentChange> changes = [];

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

    /// <summary>The patient's name when booked, so calendars read without asking Identity for every row.</summary>
    public string PatientName { get; private set; } = "";

    /// <summary>The cancellation policy version the patient accepted; it governs late fees for this appointment.</summary>
    public int PolicyVersion { get; private set; }

    /// <summary>The booking (hold group, ADR 0012) this appointment came from, when it went through the card step.</summary>
    public string? HoldKey { get; private set; }

    /// <summary>The no-show fee due under the policy the patient accepted, set when the appointment is marked a no-show.</summary>
    public long NoShowFeeMinor { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public bool? CancelledLate { get; private set; }

    public long CancellationFeeMinor { get; private set; }

    public IReadOnlyList<AppointmentChange> Changes => changes;

    /// <summary>Capability in the appointment's public calendar link; stable for the appointment's life.</summary>
    public string CalendarAccessToken { get; private set; } = "";

    /// <summary>Bumped by every change; two people changing the appointment at once cannot both win.</summary>
    public int Revision { get; private set; }

    public long TotalPriceMinor => services.Sum(s => s.PriceAmountMinor);

    public string Currency => services[0].Currency;

    /// <summary>
    /// Whether the appointment still takes its provider's time from <see cref="StartsAt"/> to <see cref="OccupiedUntil"/>.
    /// Only cancelling (and moving) gives the time back — the provider-time cells that refuse double bookings are
    /// released then and only then — so a visit completed early or missed keeps its time. Availability reads busy
    /// time through this very rule, so it never offers a time the double-booking guard would refuse.
    /// </summary>
    public static readonly Expression<Func<Appointment, bool>> TakesProviderTime = a => a.Status != AppointmentStatus.Cancelled;

    public static Appointment Book(
        Guid patientId, string patientName, Guid providerId, Guid locationId, DateTimeOffset startsAt, IReadOnlyList<AppointmentService> services,
        int policyVersion, DateTimeOffset bookedAt, string bookedBy, string? notes, string? holdKey = null)
    {
        if (services.Count == 0)
        {
            throw new ArgumentException("An appointment has at least one service.", nameof(services));
        }

        var time = TreatmentTime.Of(services.Select(s => (s.DurationMinutes, s.BufferMinutes)));
        var appointment = new Appointment
        {
            Id = Guid.NewGuid(),
            PatientId = patientId,
            ProviderId = providerId,
            LocationId = locationId,
            StartsAt = startsAt,
            EndsAt = startsAt.AddMinutes(time.TreatmentMinutes),
            OccupiedUntil = startsAt.AddMinutes(time.OccupiedMinutes),
            Status = AppointmentStatus.Booked,
            BookedAt = bookedAt,
            BookedBy = bookedBy,
            Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(),
            PatientName = patientName,
            PolicyVersion = policyVersion,
            HoldKey = holdKey,
            CalendarAccessToken = SecretToken.New(),
        };
        appointment.services.AddRange(services);
        appointment.Record(bookedAt, bookedBy, "booked", $"{startsAt:O}");
        return appointment;
    }

    /// <summary>
    /// Starts the visit. Before <paramref name="startableFrom"/> (the clinic's early-start window before the booked
    /// time) it is most likely a slip — starting releases post-treatment instructions and leads to the aftercare
    /// email — so it takes an explicit <paramref name="earlyStartReason"/>, kept in the history.
    /// </summary>
    public void Start(DateTimeOffset now, string by, DateTimeOffset startableFrom, string? earlyStartReason)
    {
        EnsureStatus(AppointmentStatus.Booked, "started");
        var early = now < startableFrom;
        if (early && string.IsNullOrWhiteSpace(earlyStartReason))
        {
            throw new EarlyStartNeedsReasonException(StartsAt, startableFrom);
        }

        Status = AppointmentStatus.Started;
        StartedAt = now;
        Record(now, by, "started", early ? $"early: {earlyStartReason!.Trim()}" : null);
    }

    public void Complete(DateTimeOffset now, string by)
    {
        if (Status != AppointmentStatus.Started)
        {
            throw new ConflictException($"Only an appointment in progress can be completed; this one is {Describe(Status)}. Start it first.");
        }

        Status = AppointmentStatus.Completed;
        CompletedAt = now;
        Record(now, by, "completed", null);
    }

    /// <summary>The patient did not come; <paramref name="accepted"/>, the policy accepted at booking, says what it costs.</summary>
    public void MarkNoShow(CancellationPolicy accepted, DateTimeOffset now, string by)
    {
        EnsureStatus(AppointmentStatus.Booked, "marked as a no-show");
        if (now < StartsAt)
        {
            throw new ConflictException("A patient can only be marked as a no-show once the appointment time has come.");
        }

        Status = AppointmentStatus.NoShow;
        NoShowFeeMinor = accepted.NoShowFeeMinor;
        Record(now, by, "no-show", NoShowFeeMinor > 0 ? $"fee={NoShowFeeMinor}" : null);
    }

    /// <summary>
    /// Cancels under <paramref name="accepted"/>, the policy the patient accepted when booking: it says whether this
    /// is late and what the fee is; staff may waive the fee (<paramref name="chargeLateFee"/> false).
    /// </summary>
    public void Cancel(CancellationPolicy accepted, DateTimeOffset now, string by, bool chargeLateFee, string? reason)
    {
        if (accepted.Version != PolicyVersion)
        {
            throw new ArgumentException($"The appointment was booked under policy version {PolicyVersion}, not {accepted.Version}.", nameof(accepted));
        }

        EnsureStatus(AppointmentStatus.Booked, "cancelled");
        var isLate = accepted.IsLate(StartsAt, now);
        var feeMinor = chargeLateFee ? accepted.LateFeeFor(this, now) : 0;
        Status = AppointmentStatus.Cancelled;
        CancelledAt = now;
        CancelledLate = isLate;
        CancellationFeeMinor = feeMinor;
        Record(now, by, "cancelled", $"late={isLate}; fee={feeMinor}; {reason}".TrimEnd(' ', ';'));
    }

    /// <summary>A hold for the same services, in the same order, at the same location: somewhere this appointment can move to.</summary>
    public bool IsSameTreatmentAs(SlotHold hold) =>
        hold.LocationId == LocationId && hold.ServiceIds.SequenceEqual(services.OrderBy(s => s.Position).Select(s => s.ServiceId));

    /// <summary>Still to come and not cancelled: what the patient sees as upcoming and may still change.</summary>
    public bool IsUpcoming(DateTimeOffset now) => Status == AppointmentStatus.Booked && StartsAt > now;

    /// <summary>Moves the appointment to <paramref name="newStart"/> with <paramref name="provider"/>; another provider must work here and perform every service.</summary>
    public void Reschedule(DateTimeOffset newStart, Provider provider, DateTimeOffset now, string by)
    {
        EnsureStatus(AppointmentStatus.Booked, "rescheduled");
        if (provider.Id != ProviderId && (!provider.WorksAt(LocationId) || services.Any(s => !provider.Performs(s.ServiceId))))
        {
            throw new BusinessRuleException($"{provider.DisplayName} does not perform these services at this location.");
        }

        ProviderId = provider.Id;
        var previous = StartsAt;
        var treatment = EndsAt - StartsAt;
        var occupied = OccupiedUntil - StartsAt;
        StartsAt = newStart;
        EndsAt = newStart + treatment;
        OccupiedUntil = newStart + occupied;
        Record(now, by, "rescheduled", $"{previous:O} -> {newStart:O}");
    }

    /// <summary>Staff merged this appointment's patient into another profile: the appointment follows, whatever its status.</summary>
    public void MoveToPatient(Guid patientId, string patientName, DateTimeOffset now)
    {
        if (patientId == PatientId)
        {
            return;
        }

        var previous = PatientId;
        PatientId = patientId;
        PatientName = patientName;
        Record(now, "patient merge", "patient-merged", $"{previous} -> {patientId}");
    }

    private void EnsureStatus(AppointmentStatus expected, string action)
    {
        if (Status != expected)
        {
            throw new ConflictException($"Only a booked appointment can be {action}; this one is {Describe(Status)}.");
        }
    }

    private void Record(DateTimeOffset at, string by, string action, string? details)
    {
        Revision++;
        changes.Add(new AppointmentChange(Id, at, by, action, details));
    }

    private static string Describe(AppointmentStatus status) => status switch
    {
        AppointmentStatus.Started => "in progress",
        AppointmentStatus.NoShow => "a no-show",
        _ => status.ToString().ToLowerInvariant(),
    };
}
