using Clinic.BuildingBlocks.Outbox;
using Clinic.Forms.Domain.Visits;
using Clinic.Forms.Features.Requests;
using Clinic.Forms.Persistence;
using Clinic.Scheduling.Contracts.Appointments;

namespace Clinic.Forms.Integration.Scheduling;

/// <summary>Cancelled: unanswered requests are withdrawn; what was already answered or signed stays on record.</summary>
internal sealed class WithdrawFormsOnCancellation(FormsDbContext db, VisitTracker visits, FormRequestPlanner planner, TimeProvider clock)
    : IntegrationEventHandler<AppointmentCancelled, FormsDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(AppointmentCancelled cancelled, CancellationToken cancellationToken)
    {
        if (await visits.ApplyAsync(cancelled.Appointment, VisitStatus.Cancelled, cancelled.OccurredAt, cancellationToken) is not null)
        {
            await planner.WithdrawPendingAsync(cancelled.Appointment.AppointmentId, "The appointment was cancelled.", cancellationToken);
        }
    }
}
