using Mediator;

namespace Clinic.Forms.Features.Documents.VerifyPatientSignedConsent;

/// <summary>Checks that a signed consent's stored PDF and version text are still exactly what was signed. Audited.</summary>
public sealed record VerifyPatientSignedConsent(Guid PatientId, Guid SubmissionId) : IRequest<SignedConsentVerification>;
