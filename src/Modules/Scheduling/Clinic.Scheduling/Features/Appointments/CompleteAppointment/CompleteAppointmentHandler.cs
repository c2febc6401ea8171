using Clinic.Scheduling.Contracts.Appointments;
using Mediator;

namespace Clinic.Scheduling.Features.Appointments.CompleteAppointment;

internal sealed class CompleteAppointmentHandler(AppointmentChanges changes) : IRequestHandler<CompleteAppointment, AppointmentDetails>
{
    public async ValueTask<AppointmentDetails> Handle(CompleteAppointment command, CancellationToken cancellationToken) =>
        await changes.ApplyAsync(
            command.AppointmentId, (appointment, now, by) => appointment.Complete(now, by), (snapshot, now) => new AppointmentCompleted(snapshot, now) { OccurredAt = now }, cancellationToken);
}
