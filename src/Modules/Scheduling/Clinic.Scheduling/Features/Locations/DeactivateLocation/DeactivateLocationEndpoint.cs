using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Locations.DeactivateLocation;

internal static class DeactivateLocationEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) => admin
        .MapPost("/locations/{locationId:guid}/deactivate", async (Guid locationId, ISender sender, CancellationToken cancellationToken) =>
        {
            await sender.Send(new DeactivateLocation(locationId), cancellationToken);
            return TypedResults.NoContent();
        })
        .WithName("DeactivateLocation")
        .WithSummary("Closes a location to new bookings.")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
