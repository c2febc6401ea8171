using Clinic.Integrations.Domain.Webhooks;

namespace Clinic.Integrations.Features.Subscriptions;

/// <summary>A webhook subscription as Admins see it. The secret itself is never shown again after it is made.</summary>
/// <param name="Id">The subscription's id.</param>
/// <param name="Name">What the receiver is, e.g. "CRM de marketing".</param>
/// <param name="Url">Where events are POSTed.</param>
/// <param name="EventTypes">The event types it receives, e.g. "appointment.booked".</param>
/// <param name="IsEnabled">False once disabled by an Admin or after repeated failures: nothing is sent.</param>
/// <param name="DisabledAt">When it was disabled.</param>
/// <param name="DisabledReason">Why: an Admin's decision, or the failures that made it give up.</param>
/// <param name="SecretHint">The first characters of the current signing secret.</param>
/// <param name="PreviousSecretExpiresAt">During a rotation, until when the previous secret also signs.</param>
/// <param name="ConsecutiveFailures">Attempts that failed in a row since the last success.</param>
/// <param name="LastSuccessAt">When a delivery last succeeded.</param>
/// <param name="LastError">What the last failed attempt got.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="CreatedBy">Who created it.</param>
public sealed record WebhookSubscriptionResponse(
    Guid Id,
    string Name,
    string Url,
    IReadOnlyList<string> EventTypes,
    bool IsEnabled,
    DateTimeOffset? DisabledAt,
    string? DisabledReason,
    string SecretHint,
    DateTimeOffset? PreviousSecretExpiresAt,
    int ConsecutiveFailures,
    DateTimeOffset? LastSuccessAt,
    string? LastError,
    DateTimeOffset CreatedAt,
    string CreatedBy)
{
    internal static WebhookSubscriptionResponse From(WebhookSubscription s, DateTimeOffset now) => new(
        s.Id, s.Name, s.Url, s.EventTypes, s.IsEnabled, s.DisabledAt, s.DisabledReason, s.SecretHint,
        s.PreviousSecretExpiresAt > now ? s.PreviousSecretExpiresAt : null,
        s.ConsecutiveFailures, s.LastSuccessAt, s.LastError, s.CreatedAt, s.CreatedBy);
}
