using Clinic.BuildingBlocks.Outbox;
using Clinic.Forms.Domain.Visits;
using Clinic.Forms.Features.Requests;
using Clinic.Forms.Persistence;
using Clinic.Scheduling.Contracts.Appointments;

namespace Clinic.Forms.Integration.Scheduling;

/// <summary>No-show: the visit will not happen, so its unanswered requests are withdrawn.</summary>
internal sealed class WithdrawFormsOnNoShow(FormsDbContext db, VisitTracker visits, FormRequestPlanner planner, TimeProvider clock)
    : IntegrationEventHandler<AppointmentNoShow, FormsDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(AppointmentNoShow noShow, CancellationToken cancellationToken)
    {
        if (await visits.ApplyAsync(noShow.Appointment, VisitStatus.NoShow, noShow.OccurredAt, cancellationToken) is not null)
        {
            await planner.WithdrawPendingAsync(noShow.Appointment.AppointmentId, "The patient did not come to the appointment.", cancellationToken);
        }
    }
}
