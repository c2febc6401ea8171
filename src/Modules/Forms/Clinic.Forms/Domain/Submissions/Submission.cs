using Clinic.Forms.Domain.Answers;
using Clinic.Forms.Domain.Audit;
using Clinic.Forms.Domain.Forms;
using Clinic.Forms.Domain.Requests;

namespace Clinic.Forms.Domain.Submissions;

/// <summary>
/// Answers to a questionnaire, or a signed consent, exactly as given: never changed afterwards. Answering again
/// makes a new submission that supersedes this one; both are kept.
/// </summary>
internal sealed class Submission
{
    private IReadOnlyList<FormAnswer>? answers;

    private Submission() { }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public Guid PatientId { get; private set; }

    public Guid AppointmentId { get; private set; }

    public Guid FormId { get; private set; }

    public Guid FormVersionId { get; private set; }

    public FormKind Kind { get; private set; }

    public string AnswersJson { get; private set; } = "[]";

    /// <summary>The language the form was shown in ("es" or "en").</summary>
    public string Language { get; private set; } = "";

    public DateTimeOffset SubmittedAt { get; private set; }

    public ActorKind SubmittedByKind { get; private set; }

    public string SubmittedById { get; private set; } = "";

    public string SubmittedByName { get; private set; } = "";

    /// <summary>Filled in on a clinic device with a staff member present; the patient still answered and signed.</summary>
    public bool StaffAssisted { get; private set; }

    public string? IpAddress { get; private set; }

    public string? UserAgent { get; private set; }

    public Guid? SupersedesId { get; private set; }

    public Guid? SupersededById { get; private set; }

    public DateTimeOffset? SupersededAt { get; private set; }

    public string? SignerName { get; private set; }

    public SignatureMethod? SignatureMethod { get; private set; }

    public byte[]? SignaturePng { get; private set; }

    /// <summary>SHA-256 (hex) of the consent text shown, as <see cref="DocumentText"/> writes it.</summary>
    public string? TextSha256 { get; private set; }

    /// <summary>SHA-256 (hex) of the signed PDF as produced; a stored PDF that no longer matches it was changed.</summary>
    public string? PdfSha256 { get; private set; }

    public IReadOnlyList<FormAnswer> Answers => answers ??= StoredJson.Read<List<FormAnswer>>(AnswersJson);

    public bool IsCurrent => SupersededById is null;

    public static Submission Answer(FormRequest request, IReadOnlyList<FormAnswer> answers, string language, Actor actor, bool staffAssisted, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        RequestId = request.Id,
        PatientId = request.PatientId,
        AppointmentId = request.AppointmentId,
        FormId = request.FormId,
        FormVersionId = request.FormVersionId,
        Kind = request.Kind,
        AnswersJson = StoredJson.Write(answers),
        answers = answers,
        Language = language,
        SubmittedAt = now,
        SubmittedByKind = actor.Kind,
        SubmittedById = actor.Id,
        SubmittedByName = actor.Name,
        StaffAssisted = staffAssisted,
        IpAddress = actor.IpAddress,
        UserAgent = actor.UserAgent is { Length: > AuditLimits.UserAgent } agent ? agent[..AuditLimits.UserAgent] : actor.UserAgent,
    };

    public static Submission Sign(FormRequest request, IReadOnlyList<FormAnswer> answers, string language, SignatureEvidence evidence, Actor actor, bool staffAssisted, DateTimeOffset now)
    {
        var submission = Answer(request, answers, language, actor, staffAssisted, now);
        submission.SignerName = evidence.SignerName;
        submission.SignatureMethod = evidence.Method;
        submission.SignaturePng = evidence.SignaturePng;
        submission.TextSha256 = evidence.TextSha256;
        return submission;
    }

    /// <summary>Set once, right after the PDF is produced from this submission.</summary>
    public void RecordDocument(string pdfSha256) => PdfSha256 ??= pdfSha256;

    public void SupersedeWith(Submission next, DateTimeOffset now)
    {
        SupersededById = next.Id;
        SupersededAt = now;
        next.SupersedesId = Id;
    }
}
