using Clinic.BuildingBlocks.Outbox;
using Clinic.Forms.Domain.Visits;
using Clinic.Forms.Features.Requests;
using Clinic.Forms.Persistence;
using Clinic.Scheduling.Contracts.Appointments;

namespace Clinic.Forms.Integration.Scheduling;

/// <summary>Started (ST4, PP11): the post-treatment instructions of the visit's services appear in the portal now.</summary>
internal sealed class ReleaseAftercareOnStart(FormsDbContext db, VisitTracker visits, FormRequestPlanner planner, TimeProvider clock)
    : IntegrationEventHandler<AppointmentStarted, FormsDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(AppointmentStarted started, CancellationToken cancellationToken)
    {
        var visit = await visits.ApplyAsync(started.Appointment, VisitStatus.Started, started.OccurredAt, cancellationToken)
                    ?? await Db.Visits.FindAsync([started.Appointment.AppointmentId], cancellationToken);
        if (visit is not null)
        {
            await planner.ReleaseAftercareAsync(visit, cancellationToken);
        }
    }
}
