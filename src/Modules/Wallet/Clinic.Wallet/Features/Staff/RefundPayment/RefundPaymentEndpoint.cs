using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.Staff.RefundPayment;

internal static class RefundPaymentEndpoint
{
    public static void Map(IEndpointRouteBuilder payments) => payments
        .MapPost("/{paymentId:guid}/refund", async (Guid paymentId, RefundPayment command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command with { PaymentId = paymentId }, cancellationToken)))
        .WithName("RefundPayment")
        .WithSummary("Refunds all or part of a payment, to the card or as wallet credit, with a reason.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
