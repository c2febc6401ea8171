using Mediator;

namespace Clinic.Wallet.Features.Webhooks.ReceiveStripeWebhook;

/// <summary>A call from Stripe: the raw body and its Stripe-Signature header, verified before anything is read from it.</summary>
public sealed record ReceiveStripeWebhook(string Payload, string? Signature) : IRequest<WebhookReceipt>;

/// <param name="EventId">Stripe's event id.</param>
/// <param name="Duplicate">True when the event had already been received: nothing new was stored.</param>
public sealed record WebhookReceipt(string EventId, bool Duplicate);
