using Clinic.Scheduling.Contracts.Appointments;
using Clinic.Scheduling.Domain.Appointments;
using Clinic.Scheduling.Features.Booking;

namespace Clinic.Scheduling.Features.Appointments;

/// <summary>Cancelling, as staff or patient: the policy the patient accepted decides late and fee; the time is freed in the same transaction.</summary>
internal static class Cancellation
{
    public static async Task<AppointmentDetails> CancelAsync(
        AppointmentWorkflow workflow, Guid appointmentId, bool byPatient, bool chargeLateFee, string? reason, CancellationToken cancellationToken)
    {
        var late = false;
        long fee = 0;
        return await workflow.ChangeAsync(
            appointmentId,
            async appointment =>
            {
                var policy = await Policies.Policies.VersionAsync(workflow.Db, appointment.PolicyVersion, workflow.Now, cancellationToken);
                late = policy.IsLate(appointment.StartsAt, workflow.Now);
                fee = late && chargeLateFee ? policy.LateFee(appointment.TotalPriceMinor) : 0;
                appointment.Cancel(workflow.Now, workflow.Actor, late, fee, reason);
                await ProviderTime.ReleaseAsync(workflow.Db, appointment.Id, cancellationToken);
            },
            (appointment, snapshot) => new AppointmentCancelled(snapshot, byPatient, late, fee, appointment.Currency, appointment.PolicyVersion) { OccurredAt = workflow.Now },
            cancellationToken);
    }
}
