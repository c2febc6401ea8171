using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Integrations.Features.Subscriptions.CreateWebhookSubscription;

internal static class CreateWebhookSubscriptionEndpoint
{
    public static void Map(IEndpointRouteBuilder webhooks) => webhooks
        .MapPost("/subscriptions", async (CreateWebhookSubscription command, ISender sender, CancellationToken cancellationToken) =>
        {
            var created = await sender.Send(command, cancellationToken);
            return TypedResults.Created($"/api/admin/webhooks/subscriptions/{created.Subscription.Id}", created);
        })
        .WithName("CreateWebhookSubscription")
        .WithSummary("Subscribes an HTTPS endpoint to events; the signing secret is returned once and stored encrypted.")
        .ProducesValidationProblem();
}
