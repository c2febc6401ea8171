using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.Staff.RetryFee;

internal static class RetryFeeEndpoint
{
    public static void Map(IEndpointRouteBuilder payments) => payments
        .MapPost("/{paymentId:guid}/retry", async (Guid paymentId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new RetryFee(paymentId), cancellationToken)))
        .WithName("RetryFee")
        .WithSummary("Charges an outstanding fee to the patient's card on file now.")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
