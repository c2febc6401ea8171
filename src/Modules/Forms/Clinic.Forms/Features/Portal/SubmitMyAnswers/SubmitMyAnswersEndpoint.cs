using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Portal.SubmitMyAnswers;

internal static class SubmitMyAnswersEndpoint
{
    public static void Map(IEndpointRouteBuilder portal) => portal
        .MapPost("/forms/requests/{requestId:guid}/answers", async (Guid requestId, SubmitMyAnswers command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command with { RequestId = requestId }, cancellationToken)))
        .WithName("SubmitMyAnswers")
        .WithSummary("Sends a questionnaire's answers; errors come back per item.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
