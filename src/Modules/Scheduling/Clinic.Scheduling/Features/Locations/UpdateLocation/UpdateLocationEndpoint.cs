using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Locations.UpdateLocation;

internal static class UpdateLocationEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) => admin
        .MapPut("/locations/{locationId:guid}", async (Guid locationId, UpdateLocation command, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(command with { LocationId = locationId }, cancellationToken)))
        .WithName("UpdateLocation")
        .WithSummary("Changes a location's name, address, phone or time zone.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
