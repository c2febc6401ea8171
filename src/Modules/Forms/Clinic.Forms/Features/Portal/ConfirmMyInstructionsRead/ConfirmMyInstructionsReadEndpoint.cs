using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Portal.ConfirmMyInstructionsRead;

internal static class ConfirmMyInstructionsReadEndpoint
{
    public static void Map(IEndpointRouteBuilder portal) => portal
        .MapPost("/forms/requests/{requestId:guid}/read", async (Guid requestId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new ConfirmMyInstructionsRead(requestId), cancellationToken)))
        .WithName("ConfirmMyInstructionsRead")
        .WithSummary("Marks instructions as read by the patient.")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
