using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Schedules.GetWeeklyHours;

internal static class GetWeeklyHoursEndpoint
{
    public static void Map(IEndpointRouteBuilder schedules) => schedules
        .MapGet("/providers/{providerId:guid}/locations/{locationId:guid}/weekly-hours",
            async (Guid providerId, Guid locationId, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetWeeklyHours(providerId, locationId), cancellationToken)))
        .WithName("GetWeeklyHours")
        .WithSummary("A provider's weekly working hours at a location, Monday first.")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
