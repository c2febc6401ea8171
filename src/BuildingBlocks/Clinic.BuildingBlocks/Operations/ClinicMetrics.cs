using System.Diagnostics.Metrics;

namespace Clinic.BuildingBlocks.Operations;

/// <summary>
/// The product's metrics, on a meter made by the host's <see cref="IMeterFactory"/> so each host (tests run several in
/// one process) has its own instruments, disposed with it.
/// </summary>
public sealed class ClinicMetrics
{
    public ClinicMetrics(IMeterFactory meters)
    {
        Meter = meters.Create(ClinicTelemetry.Name);
        EventsDelivered = Meter.CreateCounter<long>(
            "clinic.events.delivered", "{event}", "Integration events delivered to their consumers, by module and event (AppointmentBooked: a booking made).");
        EventsFailed = Meter.CreateCounter<long>(
            "clinic.events.failed", "{event}", "Integration event deliveries that failed and will be retried or dead-lettered, by module and event.");
        AppointmentsBooked = Meter.CreateCounter<long>(
            "clinic.appointments.booked", "{appointment}", "Appointments booked, counted when the booking commits; clinic.booked_by is patient (online) or staff (staff or an integrator's key).");
        AppointmentsCancelled = Meter.CreateCounter<long>(
            "clinic.appointments.cancelled", "{appointment}", "Appointments cancelled, counted when the cancellation commits; clinic.cancelled_by is patient or staff, clinic.late whether it fell inside the policy's window.");
    }

    public Meter Meter { get; }

    public Counter<long> EventsDelivered { get; }

    public Counter<long> EventsFailed { get; }

    public Counter<long> AppointmentsBooked { get; }

    public Counter<long> AppointmentsCancelled { get; }

    public const string BookedByTag = "clinic.booked_by";

    public const string CancelledByTag = "clinic.cancelled_by";

    public const string LateTag = "clinic.late";
}
