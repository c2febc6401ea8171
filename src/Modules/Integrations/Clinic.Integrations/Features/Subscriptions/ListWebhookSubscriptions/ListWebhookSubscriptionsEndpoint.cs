using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Integrations.Features.Subscriptions.ListWebhookSubscriptions;

internal static class ListWebhookSubscriptionsEndpoint
{
    public static void Map(IEndpointRouteBuilder webhooks) => webhooks
        .MapGet("/subscriptions", async (ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new ListWebhookSubscriptions(), cancellationToken)))
        .WithName("ListWebhookSubscriptions")
        .WithSummary("Every webhook subscription, newest first, with its state and recent failures.");
}
