using Clinic.Forms.Domain.Answers;
using Clinic.Forms.Domain.Audit;
using Clinic.Forms.Domain.Forms;
using Clinic.Forms.Domain.Submissions;
using Clinic.Forms.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Features;

/// <summary>Answers or a signed consent exactly as given, with the version they answer. Clinical content: every read is audited.</summary>
/// <param name="Id">Submission id.</param>
/// <param name="RequestId">The request it completed.</param>
/// <param name="PatientId">The patient.</param>
/// <param name="AppointmentId">The visit it was for.</param>
/// <param name="Kind">Questionnaire or consent.</param>
/// <param name="Version">The exact version answered or signed.</param>
/// <param name="Language">Language the form was shown in.</param>
/// <param name="Answers">The answers, in the form's order.</param>
/// <param name="SubmittedAt">When.</param>
/// <param name="SubmittedByKind">Patient, or staff on a clinic device.</param>
/// <param name="SubmittedBy">The account that sent it.</param>
/// <param name="StaffAssisted">Filled in with a staff member on a clinic device.</param>
/// <param name="SupersedesId">The earlier answers these replaced.</param>
/// <param name="SupersededById">Later answers that replaced these.</param>
/// <param name="Consent">For a signed consent: the signature and its evidence.</param>
/// <param name="History">Every submission for the same request, oldest first.</param>
public sealed record SubmissionDetails(
    Guid Id, Guid RequestId, Guid PatientId, Guid AppointmentId, FormKind Kind, FormVersionView Version, string Language, IReadOnlyList<FormAnswer> Answers,
    DateTimeOffset SubmittedAt, ActorKind SubmittedByKind, string SubmittedBy, bool StaffAssisted, Guid? SupersedesId, Guid? SupersededById,
    ConsentEvidence? Consent, IReadOnlyList<SubmissionHistoryEntry> History)
{
    internal static async Task<SubmissionDetails> LoadAsync(FormsDbContext db, Submission submission, CancellationToken cancellationToken)
    {
        var version = await db.FormVersions.AsNoTracking().SingleAsync(v => v.Id == submission.FormVersionId, cancellationToken);
        var history = await db.Submissions.AsNoTracking().Where(s => s.RequestId == submission.RequestId).OrderBy(s => s.SubmittedAt)
            .Select(s => new SubmissionHistoryEntry(s.Id, s.SubmittedAt, s.SubmittedByName, s.SupersededById == null)).ToListAsync(cancellationToken);
        var consent = submission.SignatureMethod is { } method
            ? new ConsentEvidence(
                submission.SignerName!, method,
                submission.SignaturePng is { } png ? SignatureImage.DataUrlPrefix + Convert.ToBase64String(png) : null,
                submission.TextSha256!, submission.PdfSha256, submission.IpAddress, submission.UserAgent)
            : null;
        return new SubmissionDetails(
            submission.Id, submission.RequestId, submission.PatientId, submission.AppointmentId, submission.Kind, FormVersionView.From(version),
            submission.Language, submission.Answers, submission.SubmittedAt, submission.SubmittedByKind, submission.SubmittedByName,
            submission.StaffAssisted, submission.SupersedesId, submission.SupersededById, consent, history);
    }
}

/// <summary>The evidence of a signature (PP12).</summary>
/// <param name="SignerName">The full name the patient typed.</param>
/// <param name="Method">Drawn or typed.</param>
/// <param name="SignatureImage">The drawn signature as a PNG data URL.</param>
/// <param name="TextSha256">SHA-256 of the consent text shown.</param>
/// <param name="PdfSha256">SHA-256 of the signed PDF when it was produced.</param>
/// <param name="IpAddress">Where it was signed from.</param>
/// <param name="UserAgent">The browser used.</param>
public sealed record ConsentEvidence(string SignerName, SignatureMethod Method, string? SignatureImage, string TextSha256, string? PdfSha256, string? IpAddress, string? UserAgent);

/// <summary>One submission of a request's history.</summary>
public sealed record SubmissionHistoryEntry(Guid Id, DateTimeOffset SubmittedAt, string SubmittedBy, bool IsCurrent);
