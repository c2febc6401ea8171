using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Integrations.Features.Subscriptions.RotateWebhookSecret;

internal static class RotateWebhookSecretEndpoint
{
    public static void Map(IEndpointRouteBuilder webhooks) => webhooks
        .MapPost("/subscriptions/{subscriptionId:guid}/rotate-secret", async (Guid subscriptionId, RotateWebhookSecretBody body, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new RotateWebhookSecret(subscriptionId, body.PreviousSecretValidForHours), cancellationToken)))
        .WithName("RotateWebhookSecret")
        .WithSummary("Replaces the signing secret; during the overlap every message carries both signatures. The new secret is returned once.")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound);
}
