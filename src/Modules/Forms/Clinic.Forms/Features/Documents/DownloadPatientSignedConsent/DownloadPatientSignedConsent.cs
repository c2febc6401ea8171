using Mediator;

namespace Clinic.Forms.Features.Documents.DownloadPatientSignedConsent;

/// <summary>A signed consent's PDF; refused with 409 if the stored copy no longer matches its fingerprint. Audited.</summary>
public sealed record DownloadPatientSignedConsent(Guid PatientId, Guid SubmissionId) : IRequest<SignedPdf>;
