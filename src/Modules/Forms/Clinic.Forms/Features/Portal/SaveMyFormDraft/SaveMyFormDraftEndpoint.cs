using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Portal.SaveMyFormDraft;

internal static class SaveMyFormDraftEndpoint
{
    public static void Map(IEndpointRouteBuilder portal) => portal
        .MapPut("/forms/requests/{requestId:guid}/draft", async (Guid requestId, SaveMyFormDraft command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command with { RequestId = requestId }, cancellationToken)))
        .WithName("SaveMyFormDraft")
        .WithSummary("Saves unsent answers so the patient can come back to them.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
