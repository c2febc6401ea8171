using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Assisted.SubmitAssistedAnswers;

internal static class SubmitAssistedAnswersEndpoint
{
    public static void Map(IEndpointRouteBuilder requests) => requests
        .MapPost("/{requestId:guid}/answers", async (Guid requestId, SubmitAssistedAnswers command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command with { RequestId = requestId }, cancellationToken)))
        .WithName("SubmitAssistedAnswers")
        .WithSummary("Sends a questionnaire filled in with the patient at the clinic (recorded as staff-assisted).")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
