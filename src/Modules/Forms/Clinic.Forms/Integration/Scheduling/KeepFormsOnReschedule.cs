using Clinic.BuildingBlocks.Outbox;
using Clinic.Forms.Domain.Visits;
using Clinic.Forms.Features.Requests;
using Clinic.Forms.Persistence;
using Clinic.Scheduling.Contracts.Appointments;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Integration.Scheduling;

/// <summary>Rescheduled: the same visit keeps its requests and answers; only what is due moves with it.</summary>
internal sealed class KeepFormsOnReschedule(FormsDbContext db, VisitTracker visits, FormRequestPlanner planner, TimeProvider clock)
    : IntegrationEventHandler<AppointmentRescheduled, FormsDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(AppointmentRescheduled rescheduled, CancellationToken cancellationToken)
    {
        if (await visits.ApplyAsync(rescheduled.Appointment, VisitStatus.Booked, rescheduled.OccurredAt, cancellationToken) is not { } visit)
        {
            return;
        }

        foreach (var request in await Db.FormRequests.Where(r => r.AppointmentId == visit.AppointmentId).ToListAsync(cancellationToken))
        {
            request.Reschedule(visit.StartsAt);
        }

        // A visit Forms first hears of through its reschedule (booked before Forms was installed) gets its requests now.
        await planner.PlanAsync(visit, cancellationToken);
    }
}
