using Clinic.Scheduling.Contracts.Appointments;
using Clinic.Scheduling.Persistence;
using Mediator;

namespace Clinic.Scheduling.Features.Appointments.StartAppointment;

/// <summary>Both ways of starting: on time (no reason) and early on purpose (with one); the domain decides which is needed.</summary>
internal sealed class StartAppointmentHandler(SchedulingDbContext db, AppointmentChanges changes)
    : IRequestHandler<StartAppointment, AppointmentDetails>, IRequestHandler<StartAppointmentEarly, AppointmentDetails>
{
    public ValueTask<AppointmentDetails> Handle(StartAppointment command, CancellationToken cancellationToken) =>
        StartAsync(command.AppointmentId, earlyStartReason: null, cancellationToken);

    public ValueTask<AppointmentDetails> Handle(StartAppointmentEarly command, CancellationToken cancellationToken) =>
        StartAsync(command.AppointmentId, command.Reason, cancellationToken);

    private async ValueTask<AppointmentDetails> StartAsync(Guid appointmentId, string? earlyStartReason, CancellationToken cancellationToken)
    {
        var settings = await db.BookingSettingsAsync(cancellationToken);
        return await changes.ApplyAsync(
            appointmentId,
            (appointment, now, by) => appointment.Start(now, by, settings.StartableFrom(appointment.StartsAt), earlyStartReason),
            (snapshot, now) => new AppointmentStarted(snapshot, now) { OccurredAt = now },
            cancellationToken);
    }
}
