using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Booking.ConfirmBooking;

internal static class ConfirmBookingEndpoint
{
    public static void Map(IEndpointRouteBuilder booking) => booking
        .MapPost("/confirm", async (
            ConfirmBooking command, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command with { IdempotencyKey = idempotencyKey }, cancellationToken)))
        .WithName("ConfirmBooking")
        .WithSummary("Books the held times as appointments, all or none. Send an Idempotency-Key header so a retry cannot book twice.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
