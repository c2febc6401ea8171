using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Availability.SearchAvailability;

internal static class SearchAvailabilityEndpoint
{
    public static void Map(IEndpointRouteBuilder availability) => availability
        .MapGet("/", async (
            [FromQuery] Guid locationId, [FromQuery] Guid[] serviceIds, [FromQuery] Guid? providerId,
            [FromQuery] DateOnly from, [FromQuery] DateOnly to, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new SearchAvailability(locationId, serviceIds, providerId, from, to), cancellationToken)))
        .WithName("SearchAvailability")
        .WithSummary("Bookable start times for one or more services at a location, per local date, in the location's time zone.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
