using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.Development.AuthenticateDevelopmentSetup;

internal static class AuthenticateDevelopmentSetupEndpoint
{
    public static void Map(IEndpointRouteBuilder development) => development
        .MapPost("/setups/{setupId}/authenticate", async (string setupId, AuthenticateDevelopmentSetup command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command with { SetupId = setupId }, cancellationToken)))
        .WithName("AuthenticateDevelopmentSetup")
        .WithSummary("Development gateway only: approves or fails the simulated bank challenge of a card setup.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound);
}
