using Mediator;

namespace Clinic.Integrations.Features.Subscriptions.ListWebhookEventTypes;

/// <summary>The event types a webhook can subscribe to.</summary>
public sealed record ListWebhookEventTypes : IRequest<IReadOnlyList<WebhookEventType>>;

/// <summary>One event type integrators can receive.</summary>
/// <param name="Name">The payload's <c>type</c>, e.g. "appointment.booked".</param>
/// <param name="Description">What happened when it is sent.</param>
public sealed record WebhookEventType(string Name, string Description);
