using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Forms.Features.Assisted.SignAssistedConsent;

internal static class SignAssistedConsentEndpoint
{
    public static void Map(IEndpointRouteBuilder requests) => requests
        .MapPost("/{requestId:guid}/signature", async (Guid requestId, SignAssistedConsent command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command with { RequestId = requestId }, cancellationToken)))
        .WithName("SignAssistedConsent")
        .WithSummary("The patient signs a consent on a clinic device (recorded as staff-assisted).")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
