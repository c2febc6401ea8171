using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.Development.ConfirmDevelopmentSetup;

internal static class ConfirmDevelopmentSetupEndpoint
{
    public static void Map(IEndpointRouteBuilder development) => development
        .MapPost("/setups/{setupId}/confirm", async (string setupId, ConfirmDevelopmentSetup command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command with { SetupId = setupId }, cancellationToken)))
        .WithName("ConfirmDevelopmentSetup")
        .WithSummary("Development gateway only: confirms a card setup with a test card, as Stripe.js would with a real one.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound);
}
