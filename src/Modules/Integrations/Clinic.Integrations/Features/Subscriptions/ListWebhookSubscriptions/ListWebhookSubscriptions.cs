using Mediator;

namespace Clinic.Integrations.Features.Subscriptions.ListWebhookSubscriptions;

/// <summary>Every webhook subscription, newest first.</summary>
public sealed record ListWebhookSubscriptions : IRequest<IReadOnlyList<WebhookSubscriptionResponse>>;
