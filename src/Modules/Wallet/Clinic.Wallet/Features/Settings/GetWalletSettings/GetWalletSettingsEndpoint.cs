using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.Settings.GetWalletSettings;

internal static class GetWalletSettingsEndpoint
{
    public static void Map(IEndpointRouteBuilder settings) => settings
        .MapGet("/", async (ISender sender, CancellationToken cancellationToken) => TypedResults.Ok(await sender.Send(new GetWalletSettings(), cancellationToken)))
        .WithName("GetWalletSettings")
        .WithSummary("Wallet visibility in the portal and the card check at booking.");
}
