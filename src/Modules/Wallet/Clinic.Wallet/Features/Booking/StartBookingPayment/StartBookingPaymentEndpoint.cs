using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.Booking.StartBookingPayment;

internal static class StartBookingPaymentEndpoint
{
    public static void Map(IEndpointRouteBuilder booking) => booking
        .MapPost("/payment", async (StartBookingPayment command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command, cancellationToken)))
        .WithName("StartBookingPayment")
        .WithSummary("Opens the card step of a held booking: whether a card is needed, why, and the setup the browser confirms.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
