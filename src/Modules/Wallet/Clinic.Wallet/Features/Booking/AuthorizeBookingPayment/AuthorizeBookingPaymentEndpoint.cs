using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.Booking.AuthorizeBookingPayment;

internal static class AuthorizeBookingPaymentEndpoint
{
    public static void Map(IEndpointRouteBuilder booking) => booking
        .MapPost("/payment/authorize", async (AuthorizeBookingPayment command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command, cancellationToken)))
        .WithName("AuthorizeBookingPayment")
        .WithSummary("Validates the confirmed card: authorizes the deposit or the card check, and secures the booking.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
