using Clinic.BuildingBlocks.Abstractions;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Notifications.Features.DeliveryLog.RetryNotificationMessage;

internal static class RetryNotificationMessageEndpoint
{
    public static void Map(IEndpointRouteBuilder staff) => staff
        .MapPost("/messages/{id:guid}/retry", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new RetryNotificationMessage(id), cancellationToken)))
        .RequireAuthorization(ClinicPolicies.ManageClinic)
        .WithName("RetryNotificationMessage")
        .WithSummary("Queues a dead email or SMS again for immediate delivery with a fresh set of attempts.")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
