using Clinic.BuildingBlocks.Outbox;
using Clinic.Identity.Contracts;
using Clinic.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Notifications.Integration.Identity;

/// <summary>Merged duplicate profiles: the merged patient's messages and calendar entries now belong to the surviving one.</summary>
internal sealed class MovePatientReferences(NotificationsDbContext db, TimeProvider clock)
    : IntegrationEventHandler<PatientsMerged, NotificationsDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(PatientsMerged merged, CancellationToken cancellationToken)
    {
        foreach (var message in await Db.Messages.Where(m => m.PatientId == merged.MergedPatientId).ToListAsync(cancellationToken))
        {
            message.MovePatient(merged.SurvivingPatientId);
        }

        foreach (var calendar in await Db.AppointmentCalendars.Where(c => c.PatientId == merged.MergedPatientId).ToListAsync(cancellationToken))
        {
            calendar.MovePatient(merged.SurvivingPatientId);
        }
    }
}
