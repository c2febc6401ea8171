using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Notifications.Features.DeliveryLog.GetNotificationMessage;

internal static class GetNotificationMessageEndpoint
{
    public static void Map(IEndpointRouteBuilder staff) => staff
        .MapGet("/messages/{id:guid}", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetNotificationMessage(id), cancellationToken)))
        .WithName("GetNotificationMessage")
        .WithSummary("One email or SMS with its rendered content (HTML and text bodies, calendar file).")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
