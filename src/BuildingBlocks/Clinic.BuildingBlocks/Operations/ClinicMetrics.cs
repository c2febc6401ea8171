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
    }

    public Meter Meter { get; }

    public Counter<long> EventsDelivered { get; }

    public Counter<long> EventsFailed { get; }
}
