using Clinic.Forms.Domain.Answers;
using Clinic.Forms.Domain.Forms;
using Clinic.Forms.Domain.Submissions;

namespace Clinic.Forms.Features.Signing;

/// <summary>Everything the signed PDF prints: the version's text, the answers, the signature and the evidence.</summary>
internal sealed record SignedConsent(
    string ClinicName,
    Guid FormId,
    Guid VersionId,
    int VersionNumber,
    FormContent Content,
    string Language,
    IReadOnlyList<FormAnswer> Answers,
    SignatureEvidence Evidence,
    Guid SubmissionId,
    DateTimeOffset SignedAt,
    string SignedByAccount,
    bool StaffAssisted,
    string? IpAddress,
    string? UserAgent,
    Guid AppointmentId,
    string AppointmentDescription);
