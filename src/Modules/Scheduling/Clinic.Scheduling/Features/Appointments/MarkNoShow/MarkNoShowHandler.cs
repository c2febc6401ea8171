using Clinic.Scheduling.Contracts.Appointments;
using Mediator;

namespace Clinic.Scheduling.Features.Appointments.MarkNoShow;

internal sealed class MarkNoShowHandler(AppointmentChanges changes) : IRequestHandler<MarkNoShow, AppointmentDetails>
{
    public async ValueTask<AppointmentDetails> Handle(MarkNoShow command, CancellationToken cancellationToken) =>
        await changes.ApplyAsync(
            command.AppointmentId, (appointment, now, by) => appointment.MarkNoShow(now, by), (snapshot, now) => new AppointmentNoShow(snapshot) { OccurredAt = now }, cancellationToken);
}
