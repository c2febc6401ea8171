using Mediator;

namespace Clinic.Forms.Features.Builder.ExportFormAsQuestionnaire;

/// <summary>A published version as a FHIR R4 Questionnaire (JSON), in Spanish or English with the other language as translations.</summary>
public sealed record ExportFormAsQuestionnaire(Guid FormId, Guid VersionId, string Language) : IRequest<string>;
