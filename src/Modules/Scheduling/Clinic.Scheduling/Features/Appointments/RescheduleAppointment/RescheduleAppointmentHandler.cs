using Mediator;

namespace Clinic.Scheduling.Features.Appointments.RescheduleAppointment;

internal sealed class RescheduleAppointmentHandler(AppointmentWorkflow workflow) : IRequestHandler<RescheduleAppointment, AppointmentDetails>
{
    public async ValueTask<AppointmentDetails> Handle(RescheduleAppointment command, CancellationToken cancellationToken) =>
        await Rescheduling.MoveAsync(workflow, command.AppointmentId, command.StartsAt.ToUniversalTime(), command.ProviderId, null, cancellationToken);
}
