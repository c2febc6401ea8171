using Clinic.Integrations.Domain.Webhooks;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Integrations.Features.Deliveries.ListWebhookDeliveries;

internal static class ListWebhookDeliveriesEndpoint
{
    public static void Map(IEndpointRouteBuilder webhooks) => webhooks
        .MapGet("/deliveries", async (ISender sender, CancellationToken cancellationToken, Guid? subscriptionId = null, WebhookDeliveryStatus? status = null, int skip = 0, int take = 50) =>
            TypedResults.Ok(await sender.Send(new ListWebhookDeliveries(subscriptionId, status, skip, take), cancellationToken)))
        .WithName("ListWebhookDeliveries")
        .WithSummary("The webhook delivery log, newest first: status, attempts and the receiver's last answer.")
        .ProducesValidationProblem();
}
