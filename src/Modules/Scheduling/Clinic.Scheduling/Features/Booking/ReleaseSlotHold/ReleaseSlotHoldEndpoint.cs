using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Booking.ReleaseSlotHold;

internal static class ReleaseSlotHoldEndpoint
{
    public const string TokenHeader = "X-Hold-Token";

    public static void Map(IEndpointRouteBuilder booking) => booking
        .MapDelete("/holds/{holdId:guid}", async (Guid holdId, [FromHeader(Name = TokenHeader)] string? holdToken, ISender sender, CancellationToken cancellationToken) =>
        {
            await sender.Send(new ReleaseSlotHold(holdId, holdToken), cancellationToken);
            return TypedResults.NoContent();
        })
        .WithName("ReleaseSlotHold")
        .WithSummary("Gives a held time back; send the hold's token in the X-Hold-Token header.")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
