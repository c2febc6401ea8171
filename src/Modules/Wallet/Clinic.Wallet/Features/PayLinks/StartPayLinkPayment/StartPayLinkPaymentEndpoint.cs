using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.PayLinks.StartPayLinkPayment;

internal static class StartPayLinkPaymentEndpoint
{
    public static void Map(IEndpointRouteBuilder payLinks) => payLinks
        .MapPost("/{token}/start", async (string token, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new StartPayLinkPayment(token), cancellationToken)))
        .WithName("StartPayLinkPayment")
        .WithSummary("Prepares the fee's payment for the patient to confirm in the browser.")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
