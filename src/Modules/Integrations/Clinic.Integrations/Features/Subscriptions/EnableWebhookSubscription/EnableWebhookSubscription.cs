using Mediator;

namespace Clinic.Integrations.Features.Subscriptions.EnableWebhookSubscription;

/// <summary>Switches a subscription back on with a clean failure count; events from now on are sent to it.</summary>
public sealed record EnableWebhookSubscription(Guid SubscriptionId) : IRequest<WebhookSubscriptionResponse>;
