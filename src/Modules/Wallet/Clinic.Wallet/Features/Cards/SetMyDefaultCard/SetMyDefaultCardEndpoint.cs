using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.Cards.SetMyDefaultCard;

internal static class SetMyDefaultCardEndpoint
{
    public static void Map(IEndpointRouteBuilder cards) => cards
        .MapPost("/{cardId:guid}/default", async (Guid cardId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new SetMyDefaultCard(cardId), cancellationToken)))
        .WithName("SetMyDefaultCard")
        .WithSummary("Makes a card on file the default one, charged for fees.")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
