using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Portal.SignMyConsent;

internal static class SignMyConsentEndpoint
{
    public static void Map(IEndpointRouteBuilder portal) => portal
        .MapPost("/forms/requests/{requestId:guid}/signature", async (Guid requestId, SignMyConsent command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command with { RequestId = requestId }, cancellationToken)))
        .WithName("SignMyConsent")
        .WithSummary("Signs a consent; the evidence and a signed PDF are stored.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
