using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.BuildingBlocks.Security;
using Clinic.Scheduling.Features.Appointments;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Portal.RescheduleMyAppointment;

internal sealed class RescheduleMyAppointmentHandler(AppointmentWorkflow workflow, ICurrentUser user) : IRequestHandler<RescheduleMyAppointment, AppointmentDetails>
{
    public async ValueTask<AppointmentDetails> Handle(RescheduleMyAppointment command, CancellationToken cancellationToken)
    {
        var (appointment, _) = await MyAppointments.ChangeableAsync(
            workflow, user, command.AppointmentId, current => current.AllowOnlineRescheduling, lateAllowedWithFee: false, cancellationToken);
        var now = workflow.Now;

        var hold = await workflow.Db.SlotHolds.AsNoTracking().SingleOrDefaultAsync(h => h.Id == command.HoldId, cancellationToken);
        if (hold is null || !SecretToken.Matches(command.HoldToken, hold.TokenHash))
        {
            throw new NotFoundException("Hold", command.HoldId);
        }

        if (hold.IsExpired(now))
        {
            throw new ConflictException("Your hold on the new time has expired. Please choose the time again.");
        }

        if (hold.LocationId != appointment.LocationId || !hold.ServiceIds.SequenceEqual(appointment.Services.OrderBy(s => s.Position).Select(s => s.ServiceId)))
        {
            throw new BusinessRuleException("The new time must be for the same services at the same location.");
        }

        return await Rescheduling.MoveAsync(workflow, appointment.Id, hold.StartsAt, hold.ProviderId, hold.Id, cancellationToken);
    }
}
