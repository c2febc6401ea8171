using Clinic.BuildingBlocks.Outbox;
using Clinic.Identity.Contracts;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Integration.Identity;

/// <summary>
/// Staff merged a duplicate profile: its appointments, past and future, now belong to the kept profile, so they
/// show in that patient's portal and history, count for their first-booking and policy checks, and carry the kept
/// profile's name in the calendar. Each moved appointment records the move in its audit trail.
/// </summary>
internal sealed class MoveAppointmentsToSurvivingPatient(SchedulingDbContext db, TimeProvider clock, ISender identity)
    : IntegrationEventHandler<PatientsMerged, SchedulingDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(PatientsMerged merged, CancellationToken cancellationToken)
    {
        var appointments = await Db.Appointments.Include(a => a.Changes).Where(a => a.PatientId == merged.MergedPatientId).ToListAsync(cancellationToken);
        if (appointments.Count == 0)
        {
            return;
        }

        var kept = await identity.Send(new GetPatientContact(merged.SurvivingPatientId), cancellationToken);
        var now = Clock.GetUtcNow();
        foreach (var appointment in appointments)
        {
            appointment.MoveToPatient(kept.PatientId, kept.FullName, now);
        }
    }
}
