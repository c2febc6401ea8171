using Clinic.Forms.Domain.Requests;
using Clinic.Forms.Features;
using Clinic.Forms.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Features.Requests;

/// <summary>Requests grouped per visit with their status, for the portal, the patient record and the calendar. Never answers.</summary>
internal sealed class RequestOverview(FormsDbContext db)
{
    /// <summary>Every visit of the patient (and profiles merged into theirs) that has requests, latest first.</summary>
    public async Task<IReadOnlyList<VisitForms>> ForPatientAsync(IReadOnlyList<Guid> patientIds, CancellationToken cancellationToken) =>
        await BuildAsync(await db.FormRequests.AsNoTracking().Where(r => patientIds.Contains(r.PatientId)).ToListAsync(cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<VisitForms>> ForAppointmentsAsync(IReadOnlyList<Guid> appointmentIds, CancellationToken cancellationToken) =>
        await BuildAsync(await db.FormRequests.AsNoTracking().Where(r => appointmentIds.Contains(r.AppointmentId)).ToListAsync(cancellationToken), cancellationToken);

    private async Task<IReadOnlyList<VisitForms>> BuildAsync(List<FormRequest> requests, CancellationToken cancellationToken)
    {
        var versionIds = requests.Select(r => r.FormVersionId).Distinct().ToList();
        var versions = await db.FormVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        var appointmentIds = requests.Select(r => r.AppointmentId).Distinct().ToList();
        var visits = await db.Visits.AsNoTracking().Where(v => appointmentIds.Contains(v.AppointmentId)).ToListAsync(cancellationToken);
        return visits
            .OrderByDescending(v => v.StartsAt)
            .Select(visit => VisitForms.From(visit, requests
                .Where(r => r.AppointmentId == visit.AppointmentId)
                .Select(r => FormRequestSummary.From(r, versions[r.FormVersionId]))))
            .ToList();
    }
}
