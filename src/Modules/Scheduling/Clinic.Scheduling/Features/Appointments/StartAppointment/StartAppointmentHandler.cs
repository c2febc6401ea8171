using Clinic.Scheduling.Contracts.Appointments;
using Mediator;

namespace Clinic.Scheduling.Features.Appointments.StartAppointment;

internal sealed class StartAppointmentHandler(AppointmentWorkflow workflow) : IRequestHandler<StartAppointment, AppointmentDetails>
{
    public async ValueTask<AppointmentDetails> Handle(StartAppointment command, CancellationToken cancellationToken) =>
        await workflow.ChangeAsync(
            command.AppointmentId,
            appointment =>
            {
                appointment.Start(workflow.Now, workflow.Actor);
                return Task.CompletedTask;
            },
            (_, snapshot) => new AppointmentStarted(snapshot, workflow.Now) { OccurredAt = workflow.Now },
            cancellationToken);
}
