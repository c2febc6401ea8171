using Clinic.Scheduling.Contracts.Appointments;
using Mediator;

namespace Clinic.Scheduling.Features.Appointments.StartAppointment;

internal sealed class StartAppointmentHandler(AppointmentChanges changes) : IRequestHandler<StartAppointment, AppointmentDetails>
{
    public async ValueTask<AppointmentDetails> Handle(StartAppointment command, CancellationToken cancellationToken) =>
        await changes.ApplyAsync(
            command.AppointmentId, (appointment, now, by) => appointment.Start(now, by), (snapshot, now) => new AppointmentStarted(snapshot, now) { OccurredAt = now }, cancellationToken);
}
