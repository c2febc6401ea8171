using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Schedules.AddScheduleException;

internal static class AddScheduleExceptionEndpoint
{
    public static void Map(IEndpointRouteBuilder schedules) => schedules
        .MapPost("/exceptions", async (AddScheduleException command, ISender sender, CancellationToken cancellationToken) =>
        {
            var created = await sender.Send(command, cancellationToken);
            return TypedResults.Created($"/api/admin/schedules/exceptions/{created.Id}", created);
        })
        .WithName("AddScheduleException")
        .WithSummary("Adds time off, extra hours or a location closure on a local date.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
