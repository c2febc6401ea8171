using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Booking.ExtendSlotHolds;

internal static class ExtendSlotHoldsEndpoint
{
    public static void Map(IEndpointRouteBuilder booking) => booking
        .MapPost("/holds/extend", async (ExtendSlotHolds command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command, cancellationToken)))
        .WithName("ExtendSlotHolds")
        .WithSummary("Keeps held times a little longer while the patient validates their card (up to the latest a hold may live).")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
