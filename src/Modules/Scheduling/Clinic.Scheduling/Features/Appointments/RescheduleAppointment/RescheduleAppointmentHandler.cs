using Clinic.Scheduling.Persistence;
using Mediator;

namespace Clinic.Scheduling.Features.Appointments.RescheduleAppointment;

internal sealed class RescheduleAppointmentHandler(SchedulingDbContext db, AppointmentChanges changes) : IRequestHandler<RescheduleAppointment, AppointmentDetails>
{
    public async ValueTask<AppointmentDetails> Handle(RescheduleAppointment command, CancellationToken cancellationToken)
    {
        var appointment = await db.AppointmentAsync(command.AppointmentId, cancellationToken);
        return await changes.RescheduleAsync(
            appointment, command.StartsAt.ToUniversalTime(), command.ProviderId ?? appointment.ProviderId, replacedHoldId: null, cancellationToken);
    }
}
