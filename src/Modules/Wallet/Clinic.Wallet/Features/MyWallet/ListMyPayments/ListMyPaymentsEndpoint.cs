using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.MyWallet.ListMyPayments;

internal static class ListMyPaymentsEndpoint
{
    public static void Map(IEndpointRouteBuilder portal) => portal
        .MapGet("/", async (ISender sender, CancellationToken cancellationToken) => TypedResults.Ok(await sender.Send(new ListMyPayments(), cancellationToken)))
        .WithName("ListMyPayments")
        .WithSummary("The signed-in patient's deposits, fees (charged or outstanding) and refunds.");
}
