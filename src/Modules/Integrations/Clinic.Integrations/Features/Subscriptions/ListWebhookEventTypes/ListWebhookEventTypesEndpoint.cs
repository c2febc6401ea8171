using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Integrations.Features.Subscriptions.ListWebhookEventTypes;

internal static class ListWebhookEventTypesEndpoint
{
    public static void Map(IEndpointRouteBuilder webhooks) => webhooks
        .MapGet("/event-types", async (ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new ListWebhookEventTypes(), cancellationToken)))
        .WithName("ListWebhookEventTypes")
        .WithSummary("The event types a webhook subscription can receive.");
}
