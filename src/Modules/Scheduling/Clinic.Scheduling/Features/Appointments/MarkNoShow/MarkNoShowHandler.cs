using Clinic.Scheduling.Contracts.Appointments;
using Mediator;

namespace Clinic.Scheduling.Features.Appointments.MarkNoShow;

internal sealed class MarkNoShowHandler(AppointmentWorkflow workflow) : IRequestHandler<MarkNoShow, AppointmentDetails>
{
    public async ValueTask<AppointmentDetails> Handle(MarkNoShow command, CancellationToken cancellationToken) =>
        await workflow.ChangeAsync(
            command.AppointmentId,
            appointment =>
            {
                appointment.MarkNoShow(workflow.Now, workflow.Actor);
                return Task.CompletedTask;
            },
            (_, snapshot) => new AppointmentNoShow(snapshot) { OccurredAt = workflow.Now },
            cancellationToken);
}
