using Mediator;

namespace Clinic.Wallet.Features.Webhooks.ReceiveStripeWebhook;

/// <summary>A call from Stripe: the raw body and its Stripe-Signature header, verified before anything is read from it.</summary>
public sealed record ReceiveStripeWebhook(string Payload, string? Signature) : IRequest<WebhookReceipt>;

/// <param name="EventId">Stripe's event id; null when the request was refused.</param>
/// <param name="Duplicate">True when the event had already been received: nothing new was stored.</param>
/// <param name="Refusal">Why the request was not accepted (signature missing, wrong or too old); nothing was stored.</param>
public sealed record WebhookReceipt(string? EventId, bool Duplicate, string? Refusal = null)
{
    public bool Accepted => Refusal is null;
}
