using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Integrations.Features.Deliveries.RedeliverWebhook;

internal static class RedeliverWebhookEndpoint
{
    public static void Map(IEndpointRouteBuilder webhooks) => webhooks
        .MapPost("/deliveries/{deliveryId:guid}/redeliver", async (Guid deliveryId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new RedeliverWebhook(deliveryId), cancellationToken)))
        .WithName("RedeliverWebhook")
        .WithSummary("Queues a delivery to be sent again with the same webhook-id, whatever its state (not while an attempt is running).")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
