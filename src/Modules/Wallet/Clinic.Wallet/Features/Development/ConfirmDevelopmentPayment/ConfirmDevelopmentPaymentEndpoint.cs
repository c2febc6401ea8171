using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.Development.ConfirmDevelopmentPayment;

internal static class ConfirmDevelopmentPaymentEndpoint
{
    public static void Map(IEndpointRouteBuilder development) => development
        .MapPost("/payments/{paymentId}/confirm", async (string paymentId, ConfirmDevelopmentPayment command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command with { PaymentId = paymentId }, cancellationToken)))
        .WithName("ConfirmDevelopmentPayment")
        .WithSummary("Development gateway only: confirms a payment in the browser with a test card or the card already on it.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound);
}
