using Mediator;

namespace Clinic.Integrations.Features.Subscriptions.DisableWebhookSubscription;

/// <summary>Switches a subscription off: nothing more is sent to it and what it had waiting is cancelled (an Admin may redeliver any of it later).</summary>
public sealed record DisableWebhookSubscription(Guid SubscriptionId) : IRequest<WebhookSubscriptionResponse>;
