using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Integrations.Features.Subscriptions.EnableWebhookSubscription;

internal static class EnableWebhookSubscriptionEndpoint
{
    public static void Map(IEndpointRouteBuilder webhooks) => webhooks
        .MapPost("/subscriptions/{subscriptionId:guid}/enable", async (Guid subscriptionId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new EnableWebhookSubscription(subscriptionId), cancellationToken)))
        .WithName("EnableWebhookSubscription")
        .WithSummary("Switches a subscription back on with a clean failure count; events from now on are sent to it.")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
