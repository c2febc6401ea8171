using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Documents.GetPatientSubmission;

internal static class GetPatientSubmissionEndpoint
{
    public static void Map(IEndpointRouteBuilder patient) => patient
        .MapGet("/documents/submissions/{submissionId:guid}", async (Guid patientId, Guid submissionId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetPatientSubmission(patientId, submissionId), cancellationToken)))
        .WithName("GetPatientSubmission")
        .WithSummary("A questionnaire's answers or a signed consent, with the version answered. Every read is audited.")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
