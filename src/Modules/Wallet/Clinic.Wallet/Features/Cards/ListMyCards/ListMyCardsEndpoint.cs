using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.Cards.ListMyCards;

internal static class ListMyCardsEndpoint
{
    public static void Map(IEndpointRouteBuilder cards) => cards
        .MapGet("/", async (ISender sender, CancellationToken cancellationToken) => TypedResults.Ok(await sender.Send(new ListMyCards(), cancellationToken)))
        .WithName("ListMyCards")
        .WithSummary("The signed-in patient's cards on file: brand, last four digits and expiry only.");
}
