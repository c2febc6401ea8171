using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Booking.PlaceSlotHold;

internal static class PlaceSlotHoldEndpoint
{
    public static void Map(IEndpointRouteBuilder booking) => booking
        .MapPost("/holds", async (PlaceSlotHold command, ISender sender, CancellationToken cancellationToken) =>
        {
            var hold = await sender.Send(command, cancellationToken);
            return TypedResults.Created($"/api/booking/holds/{hold.HoldId}", hold);
        })
        .WithName("PlaceSlotHold")
        .WithSummary("Keeps an offered start time for a few minutes while the patient completes the booking.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
