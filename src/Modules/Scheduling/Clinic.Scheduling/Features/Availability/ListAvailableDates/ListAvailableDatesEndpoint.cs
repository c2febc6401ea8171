using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Availability.ListAvailableDates;

internal static class ListAvailableDatesEndpoint
{
    public static void Map(IEndpointRouteBuilder availability) => availability
        .MapGet("/dates", async (
            [FromQuery] Guid locationId, [FromQuery] Guid[] serviceIds, [FromQuery] Guid? providerId, [FromQuery] string month,
            ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new ListAvailableDates(locationId, serviceIds, providerId, month), cancellationToken)))
        .WithName("ListAvailableDates")
        .WithSummary("Dates of a month with at least one bookable start, for the booking calendar.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
