using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Integrations.Features.Subscriptions.DisableWebhookSubscription;

internal static class DisableWebhookSubscriptionEndpoint
{
    public static void Map(IEndpointRouteBuilder webhooks) => webhooks
        .MapPost("/subscriptions/{subscriptionId:guid}/disable", async (Guid subscriptionId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new DisableWebhookSubscription(subscriptionId), cancellationToken)))
        .WithName("DisableWebhookSubscription")
        .WithSummary("Switches a subscription off: nothing more is sent to it and what it had waiting is cancelled (an Admin may redeliver any of it later).")
        .ProducesProblem(StatusCodes.Status404NotFound);
}
