using Clinic.Forms.Domain.Forms;
using Clinic.Forms.Domain.Requests;
using Clinic.Forms.Domain.Submissions;
using Clinic.Forms.Domain.Visits;
using Clinic.Forms.Features;
using Clinic.Forms.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Features.Requests;

/// <summary>
/// Keeps each visit's requests equal to what its services need (PP10): one per form assigned to any booked
/// service, on the version in force, never two for one visit; pending ones move to a newly published version;
/// ones that no longer apply are withdrawn. The same reconciliation runs at booking, when staff assign a form
/// to a service, and when they publish or archive one, so every path agrees. Adds to the DbContext; the caller saves.
/// </summary>
internal sealed class FormRequestPlanner(FormsDbContext db, PatientRecords patients, TimeProvider clock)
{
    public const string NoLongerAssigned = "The form is no longer requested for this appointment's treatments.";

    /// <summary>Requests the booking asks for: questionnaires, consents and pre-treatment instructions.</summary>
    public async Task PlanAsync(Visit visit, CancellationToken cancellationToken)
    {
        if (!visit.IsOpenForRequests)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var wanted = (await InForceAsync(visit.ServiceIds, cancellationToken)).Where(f => f.Form.Kind.IsRequestedAtBooking()).ToList();
        var existing = await RequestsOfAsync(visit.AppointmentId, cancellationToken);
        foreach (var (form, version) in wanted)
        {
            var request = existing.FirstOrDefault(r => r.FormId == form.Id);
            if (request is null)
            {
                request = FormRequest.Ask(visit.PatientId, visit.AppointmentId, version, visit.StartsAt, now);
                db.FormRequests.Add(request);
                await ReuseRecentAnswersAsync(request, form, visit.PatientId, now, cancellationToken);
            }
            else if (!request.Reopen(version, now))
            {
                request.MoveTo(version);
            }
        }

        var wantedForms = wanted.Select(w => w.Form.Id).ToHashSet();
        foreach (var request in existing.Where(r => r.Kind.IsRequestedAtBooking() && !wantedForms.Contains(r.FormId)))
        {
            request.Withdraw(now, NoLongerAssigned);
        }
    }

    /// <summary>Post-treatment instructions of the services performed, visible from now on (PP11). Never twice.</summary>
    public async Task ReleaseAftercareAsync(Visit visit, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var existing = await RequestsOfAsync(visit.AppointmentId, cancellationToken);
        foreach (var (form, version) in await InForceAsync(visit.ServiceIds, cancellationToken))
        {
            if (form.Kind == FormKind.PostTreatmentInstructions && existing.All(r => r.FormId != form.Id))
            {
                db.FormRequests.Add(FormRequest.Release(visit.PatientId, visit.AppointmentId, version, visit.StartsAt, now));
            }
        }
    }

    public async Task WithdrawPendingAsync(Guid appointmentId, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var request in await RequestsOfAsync(appointmentId, cancellationToken))
        {
            request.Withdraw(now, reason);
        }
    }

    /// <summary>After staff changed which forms a service needs, or a form's version: every visit still ahead with those services.</summary>
    public async Task ReplanAsync(IReadOnlyCollection<Guid> serviceIds, CancellationToken cancellationToken)
    {
        if (serviceIds.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        // Services live in a JSON column, so the filter runs here; a clinic has at most a few thousand visits ahead.
        var upcoming = await db.Visits.Where(v => v.Status == VisitStatus.Booked && v.StartsAt > now).ToListAsync(cancellationToken);
        foreach (var visit in upcoming.Where(v => v.ServiceIds.Any(serviceIds.Contains)))
        {
            await PlanAsync(visit, cancellationToken);
        }
    }

    /// <summary>The forms in use for any of the services, each with its current version, in the order patients see them.</summary>
    public async Task<IReadOnlyList<(Form Form, FormVersion Version)>> InForceAsync(IReadOnlyCollection<Guid> serviceIds, CancellationToken cancellationToken)
    {
        var forms = await db.Forms
            .Where(f => f.Status == FormStatus.Active && f.CurrentVersionId != null && f.Services.Any(s => serviceIds.Contains(s.ServiceId)))
            .ToListAsync(cancellationToken);
        var versionIds = forms.Select(f => f.CurrentVersionId!.Value).ToList();
        var versions = await db.FormVersions.Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        return forms
            .Select(f => (Form: f, Version: versions[f.CurrentVersionId!.Value]))
            .OrderBy(f => f.Form.Kind.ListOrder()).ThenBy(f => f.Version.Content.Title.Es, StringComparer.CurrentCulture)
            .ToList();
    }

    private async Task<List<FormRequest>> RequestsOfAsync(Guid appointmentId, CancellationToken cancellationToken)
    {
        var stored = await db.FormRequests.Where(r => r.AppointmentId == appointmentId).ToListAsync(cancellationToken);
        // Requests added earlier in this unit of work (not saved yet) count too: never two for one form.
        return stored.Union(db.FormRequests.Local.Where(r => r.AppointmentId == appointmentId)).ToList();
    }

    /// <summary>A questionnaire answered recently, to the same version, satisfies the new request when staff allow it.</summary>
    private async Task ReuseRecentAnswersAsync(FormRequest request, Form form, Guid patientId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (form.Kind != FormKind.Questionnaire || form.ReuseAnswersForDays is not { } days)
        {
            return;
        }

        var ids = await patients.IdsOfAsync(patientId, cancellationToken);
        var since = now.AddDays(-days);
        var recent = await db.Submissions
            .Where(s => ids.Contains(s.PatientId) && s.FormVersionId == request.FormVersionId && s.SupersededById == null && s.SubmittedAt >= since)
            .OrderByDescending(s => s.SubmittedAt)
            .Select(s => (Guid?)s.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (recent is { } submissionId)
        {
            request.CompleteWithEarlierAnswers(submissionId, now);
        }
    }
}
