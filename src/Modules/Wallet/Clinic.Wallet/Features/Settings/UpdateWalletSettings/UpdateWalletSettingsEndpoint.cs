using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.Settings.UpdateWalletSettings;

internal static class UpdateWalletSettingsEndpoint
{
    public static void Map(IEndpointRouteBuilder settings) => settings
        .MapPut("/", async (UpdateWalletSettings command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command, cancellationToken)))
        .WithName("UpdateWalletSettings")
        .WithSummary("Turns wallet visibility in the portal and the card check at booking on or off.")
        .ProducesValidationProblem();
}
