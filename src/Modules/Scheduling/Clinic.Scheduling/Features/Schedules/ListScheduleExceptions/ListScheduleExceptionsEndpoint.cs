using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Schedules.ListScheduleExceptions;

internal static class ListScheduleExceptionsEndpoint
{
    public static void Map(IEndpointRouteBuilder schedules) => schedules
        .MapGet("/exceptions", async (
            [FromQuery] DateOnly from, [FromQuery] DateOnly to, [FromQuery] Guid? providerId, [FromQuery] Guid? locationId,
            ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new ListScheduleExceptions(from, to, providerId, locationId), cancellationToken)))
        .WithName("ListScheduleExceptions")
        .WithSummary("Time off, extra hours and closures between two local dates.")
        .ProducesValidationProblem();
}
