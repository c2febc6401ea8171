using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.PayLinks.GetPayLink;

internal static class GetPayLinkEndpoint
{
    public static void Map(IEndpointRouteBuilder payLinks) => payLinks
        .MapGet("/{token}", async (string token, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetPayLink(token), cancellationToken)))
        .WithName("GetPayLink")
        .WithSummary("The fee an emailed pay link is for, and whether it is still due.")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
