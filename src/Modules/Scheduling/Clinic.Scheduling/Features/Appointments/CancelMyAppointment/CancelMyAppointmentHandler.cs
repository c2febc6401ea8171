using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Persistence;
using Mediator;

namespace Clinic.Scheduling.Features.Appointments.CancelMyAppointment;

internal sealed class CancelMyAppointmentHandler(SchedulingDbContext db, AppointmentChanges changes, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<CancelMyAppointment, AppointmentDetails>
{
    public async ValueTask<AppointmentDetails> Handle(CancelMyAppointment command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (appointment, accepted, current, clinicPhone) = await MyAppointments.FindAsync(db, user, command.AppointmentId, now, cancellationToken);
        accepted.EnsureAllowed(accepted.OnlineCancellation(current, appointment.StartsAt, now), clinicPhone);

        var fee = new Money(accepted.LateFeeFor(appointment, now), appointment.Currency);
        if (fee.AmountMinor > 0 && !command.AcceptLateFee)
        {
            throw new BusinessRuleException($"Cancelling now costs {fee} under the policy you accepted. Confirm to cancel and pay the fee.");
        }

        return await changes.CancelAsync(appointment, accepted, byPatient: true, chargeLateFee: true, command.Reason, cancellationToken);
    }
}
