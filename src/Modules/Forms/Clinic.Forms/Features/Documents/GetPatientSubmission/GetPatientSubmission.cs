using Mediator;

namespace Clinic.Forms.Features.Documents.GetPatientSubmission;

/// <summary>Answers or a signed consent of the patient, for Providers and Admins. Audited.</summary>
public sealed record GetPatientSubmission(Guid PatientId, Guid SubmissionId) : IRequest<SubmissionDetails>;
