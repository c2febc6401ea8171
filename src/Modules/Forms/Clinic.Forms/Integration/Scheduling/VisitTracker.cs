using Clinic.Forms.Domain.Visits;
using Clinic.Forms.Persistence;
using Clinic.Scheduling.Contracts.Appointments;

namespace Clinic.Forms.Integration.Scheduling;

/// <summary>Keeps Forms' picture of an appointment (<see cref="Visit"/>) current from Scheduling's events.</summary>
internal sealed class VisitTracker(FormsDbContext db)
{
    /// <summary>The visit as of this event, or null when a later event was already applied (the event arrived late).</summary>
    public async Task<Visit?> ApplyAsync(AppointmentSnapshot appointment, VisitStatus status, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var facts = new VisitFacts(
            appointment.AppointmentId, appointment.PatientId, appointment.StartsAt, appointment.EndsAt, appointment.TimeZone,
            appointment.LocationName, appointment.ProviderName,
            appointment.Services.Select(s => new VisitService(s.ServiceId, s.Name)).ToList());
        var visit = await db.Visits.FindAsync([appointment.AppointmentId], cancellationToken);
        if (visit is null)
        {
            visit = Visit.Record(facts, status, occurredAt);
            db.Visits.Add(visit);
            return visit;
        }

        return visit.TryApply(facts, status, occurredAt) ? visit : null;
    }
}
