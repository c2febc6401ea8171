using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.Cards.RemoveMyCard;

internal static class RemoveMyCardEndpoint
{
    public static void Map(IEndpointRouteBuilder cards) => cards
        .MapDelete("/{cardId:guid}", async (Guid cardId, ISender sender, CancellationToken cancellationToken) =>
        {
            await sender.Send(new RemoveMyCard(cardId), cancellationToken);
            return TypedResults.NoContent();
        })
        .WithName("RemoveMyCard")
        .WithSummary("Removes a card on file; another card becomes the default.")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
