using Clinic.Scheduling.Persistence;
using Mediator;

namespace Clinic.Scheduling.Features.Appointments.CancelAppointment;

internal sealed class CancelAppointmentHandler(SchedulingDbContext db, AppointmentChanges changes, TimeProvider clock)
    : IRequestHandler<CancelAppointment, AppointmentDetails>
{
    public async ValueTask<AppointmentDetails> Handle(CancelAppointment command, CancellationToken cancellationToken)
    {
        var appointment = await db.AppointmentAsync(command.AppointmentId, cancellationToken);
        var accepted = await db.CancellationPolicyAsync(appointment.PolicyVersion, clock.GetUtcNow(), cancellationToken);
        return await changes.CancelAsync(appointment, accepted, byPatient: false, command.ChargeLateFee, command.Reason, cancellationToken);
    }
}
