using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Scheduling.Features.Schedules.SetWeeklyHours;

internal static class SetWeeklyHoursEndpoint
{
    public static void Map(IEndpointRouteBuilder schedules) => schedules
        .MapPut("/providers/{providerId:guid}/locations/{locationId:guid}/weekly-hours",
            async (Guid providerId, Guid locationId, SetWeeklyHours command, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(command with { ProviderId = providerId, LocationId = locationId }, cancellationToken)))
        .WithName("SetWeeklyHours")
        .WithSummary("Replaces a provider's weekly working hours at a location (local wall-clock times).")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
