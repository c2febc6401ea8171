using Clinic.Forms.Features;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Builder.ExportFormAsQuestionnaire;

internal static class ExportFormAsQuestionnaireEndpoint
{
    public static void Map(IEndpointRouteBuilder forms) => forms
        .MapGet("/{formId:guid}/versions/{versionId:guid}/fhir", async (Guid formId, Guid versionId, string? language, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Text(await sender.Send(new ExportFormAsQuestionnaire(formId, versionId, language ?? "es"), cancellationToken), FhirExport.MediaType))
        .WithName("ExportFormAsQuestionnaire")
        .WithSummary("A published version as a FHIR R4 Questionnaire (application/fhir+json).")
        .Produces<string>(StatusCodes.Status200OK, FhirExport.MediaType)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound);
}
