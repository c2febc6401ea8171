using Clinic.BuildingBlocks.Outbox;
using Clinic.Forms.Domain.Visits;
using Clinic.Forms.Features.Requests;
using Clinic.Forms.Persistence;
using Clinic.Scheduling.Contracts.Appointments;

namespace Clinic.Forms.Integration.Scheduling;

/// <summary>
/// Completed: the instructions of the services actually performed are released, in case the start reached Forms
/// late or not at all; Notifications emails them (it asks Forms for their text, see docs/adr/0017).
/// </summary>
internal sealed class ReleaseAftercareOnCompletion(FormsDbContext db, VisitTracker visits, FormRequestPlanner planner, TimeProvider clock)
    : IntegrationEventHandler<AppointmentCompleted, FormsDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(AppointmentCompleted completed, CancellationToken cancellationToken)
    {
        var visit = await visits.ApplyAsync(completed.Appointment, VisitStatus.Completed, completed.OccurredAt, cancellationToken)
                    ?? await Db.Visits.FindAsync([completed.Appointment.AppointmentId], cancellationToken);
        if (visit is not null)
        {
            await planner.ReleaseAftercareAsync(visit, cancellationToken);
        }
    }
}
