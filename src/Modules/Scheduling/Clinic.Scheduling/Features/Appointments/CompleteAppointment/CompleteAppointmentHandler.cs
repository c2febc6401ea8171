using Clinic.Scheduling.Contracts.Appointments;
using Mediator;

namespace Clinic.Scheduling.Features.Appointments.CompleteAppointment;

internal sealed class CompleteAppointmentHandler(AppointmentWorkflow workflow) : IRequestHandler<CompleteAppointment, AppointmentDetails>
{
    public async ValueTask<AppointmentDetails> Handle(CompleteAppointment command, CancellationToken cancellationToken) =>
        await workflow.ChangeAsync(
            command.AppointmentId,
            appointment =>
            {
                appointment.Complete(workflow.Now, workflow.Actor);
                return Task.CompletedTask;
            },
            (_, snapshot) => new AppointmentCompleted(snapshot, workflow.Now) { OccurredAt = workflow.Now },
            cancellationToken);
}
