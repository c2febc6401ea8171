using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.Development.AuthenticateDevelopmentPayment;

internal static class AuthenticateDevelopmentPaymentEndpoint
{
    public static void Map(IEndpointRouteBuilder development) => development
        .MapPost("/payments/{paymentId}/authenticate", async (string paymentId, AuthenticateDevelopmentPayment command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command with { PaymentId = paymentId }, cancellationToken)))
        .WithName("AuthenticateDevelopmentPayment")
        .WithSummary("Development gateway only: approves or fails the simulated bank challenge of a payment.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound);
}
