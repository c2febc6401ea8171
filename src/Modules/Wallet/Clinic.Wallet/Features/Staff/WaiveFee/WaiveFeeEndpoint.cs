using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.Staff.WaiveFee;

internal static class WaiveFeeEndpoint
{
    public static void Map(IEndpointRouteBuilder payments) => payments
        .MapPost("/{paymentId:guid}/waive", async (Guid paymentId, WaiveFee command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command with { PaymentId = paymentId }, cancellationToken)))
        .WithName("WaiveFee")
        .WithSummary("Waives an outstanding late-cancellation or no-show fee, with a reason.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
