using Mediator;

namespace Clinic.Scheduling.Features.Appointments.CancelAppointment;

internal sealed class CancelAppointmentHandler(AppointmentWorkflow workflow) : IRequestHandler<CancelAppointment, AppointmentDetails>
{
    public async ValueTask<AppointmentDetails> Handle(CancelAppointment command, CancellationToken cancellationToken) =>
        await Cancellation.CancelAsync(workflow, command.AppointmentId, byPatient: false, command.ChargeLateFee, command.Reason, cancellationToken);
}
