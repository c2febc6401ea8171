using Mediator;

namespace Clinic.Forms.Features.Documents.ExportSubmissionAsQuestionnaireResponse;

/// <summary>A submission as a FHIR R4 QuestionnaireResponse (JSON) answering its version's Questionnaire. Audited.</summary>
public sealed record ExportSubmissionAsQuestionnaireResponse(Guid PatientId, Guid SubmissionId) : IRequest<string>;
