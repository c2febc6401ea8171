using System.Globalization;
using Clinic.BuildingBlocks.Errors;
using Clinic.Forms.Domain.Answers;
using Clinic.Forms.Domain.Audit;
using Clinic.Forms.Domain.Forms;
using Clinic.Forms.Domain.Requests;
using Clinic.Forms.Domain.Submissions;
using Clinic.Forms.Domain.Visits;
using Clinic.Forms.Features;
using Clinic.Forms.Features.Signing;
using Clinic.Forms.Persistence;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clinic.Forms.Features.Requests;

/// <summary>
/// Answering a questionnaire, signing a consent and confirming instructions as read, for the patient in the portal
/// and for staff filling in with the patient on a clinic device (PP12). Every check happens before anything is
/// stored; one SaveChanges stores the submission, the request's new state, the signed PDF and the audit entry.
/// </summary>
internal sealed class Answering(FormsDbContext db, AuditTrail audit, IOptions<ClinicOptions> clinic, TimeProvider clock)
{
    public async Task<FormRequestSummary> SubmitAsync(FormRequest request, Guid versionId, string language, IReadOnlyList<FormAnswer> answers,
        bool staffAssisted, CancellationToken cancellationToken)
    {
        if (request.Kind != FormKind.Questionnaire)
        {
            throw new ConflictException(request.Kind == FormKind.Consent
                ? "A consent is signed, not just answered: use the signature endpoint."
                : "Instructions are read, not answered: confirm them as read instead.");
        }

        request.EnsureCanAnswer(versionId);
        var visit = await VisitOfAsync(request, cancellationToken);
        if (request.Status == FormRequestStatus.Completed && visit.Status is not (VisitStatus.Booked or VisitStatus.Started))
        {
            throw new ConflictException("The visit has taken place, so these answers are final. Ask the clinic if something needs correcting.",
                new Dictionary<string, object?> { ["reason"] = "visitOver" });
        }

        var version = await VersionAsync(request, cancellationToken);
        var normalized = Check(version, answers);
        var now = clock.GetUtcNow();
        var submission = Submission.Answer(request, normalized, language, audit.Actor, staffAssisted, now);
        if (request.SubmissionId is { } previousId && !request.ReusedEarlierAnswers
            && await db.Submissions.FindAsync([previousId], cancellationToken) is { } previous)
        {
            previous.SupersedeWith(submission, now);
        }

        db.Submissions.Add(submission);
        request.Complete(submission.Id, staffAssisted, now);
        audit.Record(request.PatientId, AuditAction.Submitted, AuditRecordType.QuestionnaireAnswers, submission.Id,
            $"{version.Content.Title.Es} v{version.Number}; {normalized.Count} answers{(staffAssisted ? "; with staff" : "")}{(submission.SupersedesId is { } s ? $"; supersedes {s:D}" : "")}");
        await db.SaveChangesAsync(cancellationToken);
        return FormRequestSummary.From(request, version);
    }

    public async Task<FormRequestSummary> SignAsync(FormRequest request, Guid versionId, string language, IReadOnlyList<FormAnswer> answers,
        string signerName, SignatureMethod method, string? signatureImage, bool staffAssisted, CancellationToken cancellationToken)
    {
        if (request.Kind != FormKind.Consent)
        {
            throw new ConflictException("Only consents are signed.");
        }

        request.EnsureCanAnswer(versionId);
        if (request.Status == FormRequestStatus.Completed)
        {
            throw new ConflictException("This consent is already signed; the signed copy is in your documents.",
                new Dictionary<string, object?> { ["reason"] = "alreadySigned" });
        }

        var version = await VersionAsync(request, cancellationToken);
        var normalized = Check(version, answers);
        byte[]? png = null;
        if (method == SignatureMethod.Drawn)
        {
            (png, var problem) = SignatureImage.Decode(signatureImage);
            if (problem is not null)
            {
                throw new ValidationException([new ValidationFailure("signatureImage", problem)]);
            }
        }

        var now = clock.GetUtcNow();
        var evidence = new SignatureEvidence(signerName.Trim(), method, png, DocumentText.Sha256(version.Content, language));
        var submission = Submission.Sign(request, normalized, language, evidence, audit.Actor, staffAssisted, now);
        var visit = await VisitOfAsync(request, cancellationToken);
        var pdf = Render(version, language, normalized, evidence, submission, visit);
        submission.RecordDocument(ConsentPdf.Sha256(pdf));
        db.Submissions.Add(submission);
        db.SignedDocuments.Add(new SignedDocument(submission.Id, pdf, now));
        request.Complete(submission.Id, staffAssisted, now);
        audit.Record(request.PatientId, AuditAction.Signed, AuditRecordType.Consent, submission.Id,
            $"{version.Content.Title.Es} v{version.Number} ({language}); text SHA-256 {evidence.TextSha256}; PDF SHA-256 {submission.PdfSha256}{(staffAssisted ? "; with staff" : "")}");
        await db.SaveChangesAsync(cancellationToken);
        return FormRequestSummary.From(request, version);
    }

    public async Task<FormRequestSummary> ConfirmReadAsync(FormRequest request, CancellationToken cancellationToken)
    {
        var wasPending = request.Status == FormRequestStatus.Pending;
        request.MarkRead(clock.GetUtcNow());
        var version = await VersionAsync(request, cancellationToken);
        if (wasPending)
        {
            audit.Record(request.PatientId, AuditAction.Read, AuditRecordType.FormRequest, request.Id, $"{version.Content.Title.Es} v{version.Number}");
            await db.SaveChangesAsync(cancellationToken);
        }

        return FormRequestSummary.From(request, version);
    }

    private static IReadOnlyList<FormAnswer> Check(FormVersion version, IReadOnlyList<FormAnswer> answers)
    {
        var (normalized, problems) = AnswerRules.Check(version.Content, answers, AnswerCheck.Submission);
        if (problems.Count > 0)
        {
            throw new ValidationException(problems.Select(p => new ValidationFailure(p.ItemId.Length == 0 ? "answers" : $"answers.{p.ItemId}", p.Message)));
        }

        return normalized;
    }

    private byte[] Render(FormVersion version, string language, IReadOnlyList<FormAnswer> answers, SignatureEvidence evidence, Submission submission, Visit visit)
    {
        var consent = new SignedConsent(
            clinic.Value.Name, version.FormId, version.Id, version.Number, version.Content, language, answers, evidence, submission.Id,
            submission.SubmittedAt, $"{submission.SubmittedByName} ({submission.SubmittedByKind})", submission.StaffAssisted,
            submission.IpAddress, submission.UserAgent, visit.AppointmentId, Describe(visit));
        try
        {
            return ConsentPdf.Render(consent);
        }
        catch (Exception ex) when (evidence.SignaturePng is not null && ex is not OperationCanceledException)
        {
            // The PNG passed the header checks but its image data cannot be read: the patient's signature, not our bug.
            throw new ValidationException([new ValidationFailure("signatureImage", "The signature image could not be read. Draw the signature again.")]);
        }
    }

    private static string Describe(Visit visit)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(visit.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(visit.StartsAt, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return $"{string.Join(" + ", visit.Services.Select(s => s.Name))}, {local} ({visit.TimeZone}), {visit.LocationName}, {visit.ProviderName}";
    }

    private async Task<FormVersion> VersionAsync(FormRequest request, CancellationToken cancellationToken) =>
        await db.FormVersions.AsNoTracking().SingleAsync(v => v.Id == request.FormVersionId, cancellationToken);

    private async Task<Visit> VisitOfAsync(FormRequest request, CancellationToken cancellationToken) =>
        await db.Visits.AsNoTracking().SingleAsync(v => v.AppointmentId == request.AppointmentId, cancellationToken);
}
