using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Appointments.RescheduleMyAppointment;

internal sealed class RescheduleMyAppointmentHandler(SchedulingDbContext db, AppointmentChanges changes, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RescheduleMyAppointment, AppointmentDetails>
{
    public async ValueTask<AppointmentDetails> Handle(RescheduleMyAppointment command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (appointment, accepted, current, clinicPhone) = await MyAppointments.FindAsync(db, user, command.AppointmentId, now, cancellationToken);
        accepted.EnsureAllowed(accepted.OnlineRescheduling(current, appointment.StartsAt, now), clinicPhone);

        var hold = await db.SlotHolds.AsNoTracking().SingleOrDefaultAsync(h => h.Id == command.HoldId, cancellationToken);
        if (hold is null || !hold.IsHeldBy(command.HoldToken))
        {
            throw new NotFoundException("Hold", command.HoldId);
        }

        if (hold.IsExpired(now))
        {
            throw new ConflictException("Your hold on the new time has expired. Please choose the time again.");
        }

        if (!appointment.IsSameTreatmentAs(hold))
        {
            throw new BusinessRuleException("The new time must be for the same services at the same location.");
        }

        return await changes.RescheduleAsync(appointment, hold.StartsAt, hold.ProviderId, hold.Id, cancellationToken);
    }
}
