using Mediator;

namespace Clinic.Integrations.Features.Subscriptions.RotateWebhookSecret;

/// <summary>Replaces a subscription's signing secret. The new secret is in this answer only.</summary>
/// <param name="SubscriptionId">The subscription.</param>
/// <param name="PreviousSecretValidForHours">How long the old secret keeps signing alongside the new one (both signatures are sent), so the receiver can switch without losing a message; 0 stops it at once (a leaked secret). Null: the clinic's default, 24 h.</param>
public sealed record RotateWebhookSecret(Guid SubscriptionId, int? PreviousSecretValidForHours) : IRequest<RotatedWebhookSecret>;

/// <summary>The subscription after the rotation, and its new secret.</summary>
/// <param name="Subscription">The subscription as it is now listed.</param>
/// <param name="Secret">The new "whsec_…" secret. It cannot be shown again.</param>
public sealed record RotatedWebhookSecret(WebhookSubscriptionResponse Subscription, string Secret);

/// <summary>The body of the rotate request.</summary>
/// <param name="PreviousSecretValidForHours">0–168 hours; null for the default overlap.</param>
public sealed record RotateWebhookSecretBody(int? PreviousSecretValidForHours);
