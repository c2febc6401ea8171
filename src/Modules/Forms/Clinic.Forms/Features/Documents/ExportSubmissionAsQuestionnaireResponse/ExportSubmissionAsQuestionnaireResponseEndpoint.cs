using Clinic.Forms.Features;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Documents.ExportSubmissionAsQuestionnaireResponse;

internal static class ExportSubmissionAsQuestionnaireResponseEndpoint
{
    public static void Map(IEndpointRouteBuilder patient) => patient
        .MapGet("/documents/submissions/{submissionId:guid}/fhir", async (Guid patientId, Guid submissionId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Text(await sender.Send(new ExportSubmissionAsQuestionnaireResponse(patientId, submissionId), cancellationToken), FhirExport.MediaType))
        .WithName("ExportSubmissionAsQuestionnaireResponse")
        .WithSummary("The submission as a FHIR R4 QuestionnaireResponse (application/fhir+json). Audited.")
        .Produces<string>(StatusCodes.Status200OK, FhirExport.MediaType)
        .ProducesProblem(StatusCodes.Status404NotFound);
}
