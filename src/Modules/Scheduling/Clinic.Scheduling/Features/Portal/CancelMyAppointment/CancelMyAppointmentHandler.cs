using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Features.Appointments;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Portal.CancelMyAppointment;

internal sealed class CancelMyAppointmentHandler(AppointmentWorkflow workflow, ICurrentUser user) : IRequestHandler<CancelMyAppointment, AppointmentDetails>
{
    public async ValueTask<AppointmentDetails> Handle(CancelMyAppointment command, CancellationToken cancellationToken)
    {
        var appointment = await MyAppointments.OwnAsync(workflow, user, command.AppointmentId, cancellationToken);
        var now = workflow.Now;
        var policy = await Policies.Policies.VersionAsync(workflow.Db, appointment.PolicyVersion, now, cancellationToken);
        var current = await Policies.Policies.CurrentAsync(workflow.Db, now, cancellationToken);
        var phone = await workflow.Db.Locations.Where(l => l.Id == appointment.LocationId).Select(l => l.Phone).SingleAsync(cancellationToken);
        MyAppointments.EnsureOnlineChangeAllowed(policy, current.AllowOnlineCancellation, appointment, now, phone, lateAllowedWithFee: true);
        var fee = policy.IsLate(appointment.StartsAt, now) ? policy.LateFee(appointment.TotalPriceMinor) : 0;
        if (fee > 0 && !command.AcceptLateFee)
        {
            throw new BusinessRuleException($"Cancelling now costs {fee / 100m:0.00} {appointment.Currency} under the policy you accepted. Confirm to cancel and pay the fee.");
        }

        return await Cancellation.CancelAsync(workflow, appointment.Id, byPatient: true, chargeLateFee: true, command.Reason, cancellationToken);
    }
}
