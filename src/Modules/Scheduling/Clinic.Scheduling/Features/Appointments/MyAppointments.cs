using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Domain.Appointments;
using Clinic.Scheduling.Domain.Policies;
using Clinic.Scheduling.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Appointments;

/// <summary>
/// The signed-in patient's own appointments. The patient id comes from the session only; another patient's
/// appointment is answered exactly like a missing one, so ids reveal nothing.
/// </summary>
internal static class MyAppointments
{
    public static Guid PatientId(ICurrentUser user) =>
        user.PatientId ?? throw new BusinessRuleException("Sign in as a patient to see your appointments.");

    /// <summary>
    /// The patient's own appointment with what decides whether they may change it online: the policy they accepted
    /// when booking, the clinic's current one, and the clinic's phone for when they may not.
    /// </summary>
    public static async Task<OwnAppointment> FindAsync(
        SchedulingDbContext db, ICurrentUser user, Guid appointmentId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var patientId = PatientId(user);
        var appointment = await db.Appointments.Include(a => a.Changes).SingleOrDefaultAsync(a => a.Id == appointmentId && a.PatientId == patientId, cancellationToken)
            ?? throw new NotFoundException("Appointment", appointmentId);
        return new OwnAppointment(
            appointment,
            await db.CancellationPolicyAsync(appointment.PolicyVersion, now, cancellationToken),
            await db.CurrentCancellationPolicyAsync(now, cancellationToken),
            await db.Locations.Where(l => l.Id == appointment.LocationId).Select(l => l.Phone).SingleAsync(cancellationToken));
    }

    internal sealed record OwnAppointment(Appointment Appointment, CancellationPolicy Accepted, CancellationPolicy Current, string ClinicPhone);
}
