using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.Cards.SaveMyCard;

internal static class SaveMyCardEndpoint
{
    public static void Map(IEndpointRouteBuilder cards) => cards
        .MapPost("/", async (SaveMyCard command, ISender sender, CancellationToken cancellationToken) =>
        {
            var card = await sender.Send(command, cancellationToken);
            return TypedResults.Created($"/api/portal/payments/cards/{card.Id}", card);
        })
        .WithName("SaveMyCard")
        .WithSummary("Keeps the card of a setup the browser confirmed with the card processor.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
