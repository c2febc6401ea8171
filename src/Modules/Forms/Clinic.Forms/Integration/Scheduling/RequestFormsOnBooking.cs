using Clinic.BuildingBlocks.Outbox;
using Clinic.Forms.Domain.Visits;
using Clinic.Forms.Features.Requests;
using Clinic.Forms.Persistence;
using Clinic.Scheduling.Contracts.Appointments;

namespace Clinic.Forms.Integration.Scheduling;

/// <summary>Booked (PP10): the forms assigned to the booked services appear in the patient's "Action required" at once.</summary>
internal sealed class RequestFormsOnBooking(FormsDbContext db, VisitTracker visits, FormRequestPlanner planner, TimeProvider clock)
    : IntegrationEventHandler<AppointmentBooked, FormsDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(AppointmentBooked booked, CancellationToken cancellationToken)
    {
        if (await visits.ApplyAsync(booked.Appointment, VisitStatus.Booked, booked.OccurredAt, cancellationToken) is { } visit)
        {
            await planner.PlanAsync(visit, cancellationToken);
        }
    }
}
