using Mediator;

namespace Clinic.Integrations.Features.Subscriptions.CreateWebhookSubscription;

/// <summary>Subscribes an HTTPS endpoint to events. The signing secret is in this answer only: give it to the receiver now.</summary>
/// <param name="Name">What the receiver is, e.g. "CRM de marketing".</param>
/// <param name="Url">An https:// address on the public internet that accepts POSTed JSON.</param>
/// <param name="EventTypes">Among the names listed by ListWebhookEventTypes, e.g. "appointment.booked".</param>
public sealed record CreateWebhookSubscription(string Name, string Url, IReadOnlyList<string> EventTypes) : IRequest<CreatedWebhookSubscription>;

/// <summary>The new subscription and its signing secret.</summary>
/// <param name="Subscription">The subscription as it is now listed.</param>
/// <param name="Secret">"whsec_…": verifies the webhook-signature header (Standard Webhooks). It cannot be shown again.</param>
public sealed record CreatedWebhookSubscription(WebhookSubscriptionResponse Subscription, string Secret);
