using System.Text;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clinic.Wallet.Features.Webhooks.ReceiveStripeWebhook;

/// <summary>
/// Stripe's callback, outside /api: it carries no antiforgery token (its signature is the proof) and is not part
/// of the API integrators call, so it stays out of the OpenAPI document.
/// </summary>
internal static class ReceiveStripeWebhookEndpoint
{
    private const int MaxPayloadBytes = 512 * 1024;

    public static void Map(IEndpointRouteBuilder app) => app
        .MapPost("/webhooks/stripe", async (HttpRequest request, ISender sender, CancellationToken cancellationToken) =>
        {
            if (request.ContentLength is > MaxPayloadBytes)
            {
                return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload too large");
            }

            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var payload = await reader.ReadToEndAsync(cancellationToken);
            var receipt = await sender.Send(new ReceiveStripeWebhook(payload, request.Headers["Stripe-Signature"].ToString()), cancellationToken);
            // 400, as Stripe expects of a request that failed verification; nothing was stored.
            return receipt.Accepted
                ? Results.Ok(receipt)
                : Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Webhook refused", detail: receipt.Refusal);
        })
        .AllowAnonymous()
        .ExcludeFromDescription();
}
