using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.MyWallet.GetMyWallet;

internal static class GetMyWalletEndpoint
{
    public static void Map(IEndpointRouteBuilder portal) => portal
        .MapGet("/wallet", async (ISender sender, CancellationToken cancellationToken) => TypedResults.Ok(await sender.Send(new GetMyWallet(), cancellationToken)))
        .WithName("GetMyWallet")
        .WithSummary("The signed-in patient's credit, packages and history, when the clinic shows wallets online.")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
