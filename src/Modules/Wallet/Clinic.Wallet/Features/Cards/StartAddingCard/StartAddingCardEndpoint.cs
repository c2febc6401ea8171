using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.Cards.StartAddingCard;

internal static class StartAddingCardEndpoint
{
    public static void Map(IEndpointRouteBuilder cards) => cards
        .MapPost("/setup", async (ISender sender, CancellationToken cancellationToken) => TypedResults.Ok(await sender.Send(new StartAddingCard(), cancellationToken)))
        .WithName("StartAddingCard")
        .WithSummary("Starts saving a card for charges without the patient present; the browser confirms it with the card processor.")
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
