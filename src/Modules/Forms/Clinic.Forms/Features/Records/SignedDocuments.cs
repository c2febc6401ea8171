using Clinic.BuildingBlocks.Errors;
using Clinic.Forms.Domain.Audit;
using Clinic.Forms.Domain.Forms;
using Clinic.Forms.Domain.Submissions;
using Clinic.Forms.Features;
using Clinic.Forms.Features.Signing;
using Clinic.Forms.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Features.Records;

/// <summary>
/// Answers and signed consents as their patient, Providers and Admins read them: found only within the patient's
/// own records (another patient's id answers "not found"), every read audited, and a signed PDF handed out only
/// while it still matches the fingerprint taken when it was signed.
/// </summary>
internal sealed class SignedDocuments(FormsDbContext db, PatientRecords patients, AuditTrail audit, TimeProvider clock)
{
    public async Task<Submission> FindAsync(Guid patientId, Guid submissionId, CancellationToken cancellationToken)
    {
        var ids = await patients.IdsOfAsync(patientId, cancellationToken);
        return await db.Submissions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == submissionId && ids.Contains(s.PatientId), cancellationToken)
            ?? throw new NotFoundException("Submission", submissionId);
    }

    public async Task<SubmissionDetails> ReadAsync(Guid patientId, Guid submissionId, CancellationToken cancellationToken)
    {
        var submission = await FindAsync(patientId, submissionId, cancellationToken);
        audit.Record(patientId, AuditAction.Viewed, RecordType(submission), submission.Id, await DescribeAsync(submission, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return await SubmissionDetails.LoadAsync(db, submission, cancellationToken);
    }

    public async Task<(byte[] Pdf, string FileName)> DownloadAsync(Guid patientId, Guid submissionId, CancellationToken cancellationToken)
    {
        var submission = await FindAsync(patientId, submissionId, cancellationToken);
        var document = await DocumentOfAsync(submission, cancellationToken);
        var stored = ConsentPdf.Sha256(document.Pdf);
        if (stored != submission.PdfSha256)
        {
            audit.Record(patientId, AuditAction.IntegrityCheckFailed, AuditRecordType.SignedDocument, submission.Id,
                $"Stored PDF SHA-256 {stored} differs from {submission.PdfSha256} recorded at signing; not handed out.");
            await db.SaveChangesAsync(cancellationToken);
            throw new ConflictException("The stored copy of this signed consent no longer matches the fingerprint taken when it was signed, so it is not handed out. The clinic has been told through its audit log.",
                new Dictionary<string, object?> { ["reason"] = "integrityCheckFailed" });
        }

        audit.Record(patientId, AuditAction.Downloaded, AuditRecordType.SignedDocument, submission.Id, $"PDF SHA-256 {stored}");
        await db.SaveChangesAsync(cancellationToken);
        return (document.Pdf, $"consent-{submission.SubmittedAt:yyyyMMdd}-{submission.Id.ToString("N")[..8]}.pdf");
    }

    public async Task<SignedConsentVerification> VerifyAsync(Guid patientId, Guid submissionId, CancellationToken cancellationToken)
    {
        var submission = await FindAsync(patientId, submissionId, cancellationToken);
        var document = await DocumentOfAsync(submission, cancellationToken);
        var version = await db.FormVersions.AsNoTracking().SingleAsync(v => v.Id == submission.FormVersionId, cancellationToken);
        var stored = ConsentPdf.Sha256(document.Pdf);
        var pdfMatches = stored == submission.PdfSha256;
        var textMatches = DocumentText.Sha256(version.Content, submission.Language) == submission.TextSha256;
        var intact = pdfMatches && textMatches;
        audit.Record(patientId, intact ? AuditAction.Verified : AuditAction.IntegrityCheckFailed, AuditRecordType.SignedDocument, submission.Id,
            intact ? $"PDF SHA-256 {stored} matches" : $"PDF matches: {pdfMatches}; text matches version: {textMatches}");
        await db.SaveChangesAsync(cancellationToken);
        return new SignedConsentVerification(submission.Id, intact, submission.PdfSha256!, stored, pdfMatches, submission.TextSha256!, textMatches,
            submission.SubmittedAt, clock.GetUtcNow());
    }

    private async Task<SignedDocument> DocumentOfAsync(Submission submission, CancellationToken cancellationToken) =>
        submission.Kind == FormKind.Consent
            ? await db.SignedDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.SubmissionId == submission.Id, cancellationToken)
              ?? throw new NotFoundException("Signed document", submission.Id)
            : throw new NotFoundException("Signed document", submission.Id);

    private async Task<string> DescribeAsync(Submission submission, CancellationToken cancellationToken)
    {
        var version = await db.FormVersions.AsNoTracking().SingleAsync(v => v.Id == submission.FormVersionId, cancellationToken);
        return $"{version.Content.Title.Es} v{version.Number}";
    }

    private static AuditRecordType RecordType(Submission submission) =>
        submission.Kind == FormKind.Consent ? AuditRecordType.Consent : AuditRecordType.QuestionnaireAnswers;
}
