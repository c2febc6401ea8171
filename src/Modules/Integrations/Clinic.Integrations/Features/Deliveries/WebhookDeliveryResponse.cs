using Clinic.Integrations.Domain.Webhooks;

namespace Clinic.Integrations.Features.Deliveries;

/// <summary>One event's delivery to one subscription, as the delivery log shows it. The body is not shown: the receiver has it.</summary>
/// <param name="Id">The delivery's id.</param>
/// <param name="MessageId">The webhook-id header the receiver saw, the same on every attempt and redelivery.</param>
/// <param name="SubscriptionId">The subscription it was sent to.</param>
/// <param name="SubscriptionName">That subscription's name.</param>
/// <param name="EventType">e.g. "appointment.booked".</param>
/// <param name="EventId">The event behind it; one event makes one delivery per subscription.</param>
/// <param name="Status">Pending, Sending, Retrying, Delivered, Failed or Cancelled.</param>
/// <param name="Attempts">Attempts made since it was queued or last redelivered.</param>
/// <param name="LastResponseStatus">The HTTP status of the last answer; null when the receiver never answered.</param>
/// <param name="LastError">Why the last attempt failed.</param>
/// <param name="LastAttemptAt">When the last attempt was made.</param>
/// <param name="NextAttemptAt">When the next attempt is due, while it is pending or retrying.</param>
/// <param name="DeliveredAt">When the receiver accepted it.</param>
/// <param name="CreatedAt">When the event was queued for this subscription.</param>
public sealed record WebhookDeliveryResponse(
    Guid Id,
    string MessageId,
    Guid SubscriptionId,
    string SubscriptionName,
    string EventType,
    Guid EventId,
    WebhookDeliveryStatus Status,
    int Attempts,
    int? LastResponseStatus,
    string? LastError,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset CreatedAt)
{
    internal static WebhookDeliveryResponse From(WebhookDelivery d, string subscriptionName) => new(
        d.Id, d.MessageId, d.SubscriptionId, subscriptionName, d.EventType, d.EventId, d.Status, d.Attempts, d.LastResponseStatus, d.LastError,
        d.LastAttemptAt, d.Status is WebhookDeliveryStatus.Pending or WebhookDeliveryStatus.Retrying ? d.NextAttemptAt : null, d.DeliveredAt, d.CreatedAt);
}
