using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.PayLinks.RefreshPayLink;

internal static class RefreshPayLinkEndpoint
{
    public static void Map(IEndpointRouteBuilder payLinks) => payLinks
        .MapPost("/{token}/refresh", async (string token, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new RefreshPayLink(token), cancellationToken)))
        .WithName("RefreshPayLink")
        .WithSummary("Records the outcome of a payment the patient confirmed in the browser.")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
