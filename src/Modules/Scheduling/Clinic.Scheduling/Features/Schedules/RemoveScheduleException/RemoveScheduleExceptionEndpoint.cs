using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Schedules.RemoveScheduleException;

internal static class RemoveScheduleExceptionEndpoint
{
    public static void Map(IEndpointRouteBuilder schedules) => schedules
        .MapDelete("/exceptions/{exceptionId:guid}", async (Guid exceptionId, ISender sender, CancellationToken cancellationToken) =>
        {
            await sender.Send(new RemoveScheduleException(exceptionId), cancellationToken);
            return TypedResults.NoContent();
        })
        .WithName("RemoveScheduleException")
        .WithSummary("Removes time off, extra hours or a closure.")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
