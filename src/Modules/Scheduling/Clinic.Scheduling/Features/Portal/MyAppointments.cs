using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Domain.Appointments;
using Clinic.Scheduling.Domain.Policies;
using Clinic.Scheduling.Features.Appointments;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Portal;

/// <summary>
/// The signed-in patient's own appointments. The patient id comes from the session only; another
/// patient's appointment is answered exactly like a missing one, so ids reveal nothing.
/// </summary>
internal static class MyAppointments
{
    public static Guid PatientId(ICurrentUser user) =>
        user.PatientId ?? throw new BusinessRuleException("Sign in as a patient to see your appointments.");

    public static async Task<Appointment> OwnAsync(AppointmentWorkflow workflow, ICurrentUser user, Guid appointmentId, CancellationToken cancellationToken)
    {
        var patientId = PatientId(user);
        var appointment = await workflow.Db.Appointments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == appointmentId && a.PatientId == patientId, cancellationToken);
        return appointment ?? throw new NotFoundException("Appointment", appointmentId);
    }

    /// <summary>
    /// The patient's own appointment, once the clinic's current policy allows this kind of change online and
    /// the policy the patient accepted does not forbid it this close to the start. Returns that accepted policy.
    /// </summary>
    public static async Task<(Appointment Appointment, CancellationPolicy Accepted)> ChangeableAsync(
        AppointmentWorkflow workflow, ICurrentUser user, Guid appointmentId, Func<CancellationPolicy, bool> allowedOnline, bool lateAllowedWithFee,
        CancellationToken cancellationToken)
    {
        var appointment = await OwnAsync(workflow, user, appointmentId, cancellationToken);
        var accepted = await Policies.Policies.VersionAsync(workflow.Db, appointment.PolicyVersion, workflow.Now, cancellationToken);
        var current = await Policies.Policies.CurrentAsync(workflow.Db, workflow.Now, cancellationToken);
        var phone = await workflow.Db.Locations.Where(l => l.Id == appointment.LocationId).Select(l => l.Phone).SingleAsync(cancellationToken);
        EnsureOnlineChangeAllowed(accepted, allowedOnline(current), appointment, workflow.Now, phone, lateAllowedWithFee);
        return (appointment, accepted);
    }

    private static void EnsureOnlineChangeAllowed(CancellationPolicy policy, bool allowed, Appointment appointment, DateTimeOffset now, string phone, bool lateAllowedWithFee)
    {
        if (!allowed)
        {
            throw new BusinessRuleException($"This clinic does not allow this change online. Please call the clinic on {phone}.");
        }

        if (policy.IsLate(appointment.StartsAt, now) && !(lateAllowedWithFee && policy.LateFeeKind != LateFeeKind.None))
        {
            throw new BusinessRuleException($"Your appointment is less than {policy.WindowHours} hours away, so it can no longer be changed online. Please call the clinic on {phone}.");
        }
    }
}
