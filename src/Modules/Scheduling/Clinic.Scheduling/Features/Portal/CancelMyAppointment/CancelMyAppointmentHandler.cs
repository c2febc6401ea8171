using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Features.Appointments;
using Mediator;

namespace Clinic.Scheduling.Features.Portal.CancelMyAppointment;

internal sealed class CancelMyAppointmentHandler(AppointmentWorkflow workflow, ICurrentUser user) : IRequestHandler<CancelMyAppointment, AppointmentDetails>
{
    public async ValueTask<AppointmentDetails> Handle(CancelMyAppointment command, CancellationToken cancellationToken)
    {
        var (appointment, policy) = await MyAppointments.ChangeableAsync(
            workflow, user, command.AppointmentId, current => current.AllowOnlineCancellation, lateAllowedWithFee: true, cancellationToken);
        var fee = policy.IsLate(appointment.StartsAt, workflow.Now) ? policy.LateFee(appointment.TotalPriceMinor) : 0;
        if (fee > 0 && !command.AcceptLateFee)
        {
            throw new BusinessRuleException($"Cancelling now costs {new Money(fee, appointment.Currency)} under the policy you accepted. Confirm to cancel and pay the fee.");
        }

        return await Cancellation.CancelAsync(workflow, appointment.Id, byPatient: true, chargeLateFee: true, command.Reason, cancellationToken);
    }
}
