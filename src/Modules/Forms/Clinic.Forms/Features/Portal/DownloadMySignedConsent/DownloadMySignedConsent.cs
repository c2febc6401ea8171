using Mediator;

namespace Clinic.Forms.Features.Portal.DownloadMySignedConsent;

/// <summary>The patient's signed consent as a PDF, handed out only while it matches its fingerprint.</summary>
public sealed record DownloadMySignedConsent(Guid SubmissionId) : IRequest<SignedPdf>;
