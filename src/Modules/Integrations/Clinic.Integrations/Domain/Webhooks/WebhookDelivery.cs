namespace Clinic.Integrations.Domain.Webhooks;

/// <summary>
/// One event for one subscription. The body is fixed when the event arrives, and <see cref="MessageId"/> never
/// changes, so every retry and every redelivery is the same message to the receiver (which deduplicates by it).
/// </summary>
public sealed class WebhookDelivery
{
    private WebhookDelivery() { }

    public Guid Id { get; private set; }

    /// <summary>The Standard Webhooks <c>webhook-id</c>.</summary>
    public string MessageId => $"msg_{Id:N}";

    public Guid SubscriptionId { get; private set; }

    public Guid EventId { get; private set; }

    public string EventType { get; private set; } = "";

    /// <summary>The JSON body exactly as it is signed and sent.</summary>
    public string Payload { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public WebhookDeliveryStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    public Guid? LockToken { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    /// <summary>The HTTP status the receiver answered the last attempt with; null when it never answered.</summary>
    public int? LastResponseStatus { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public static WebhookDelivery Queue(Guid subscriptionId, Guid eventId, string eventType, string payload, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        SubscriptionId = subscriptionId,
        EventId = eventId,
        EventType = eventType,
        Payload = payload,
        CreatedAt = now,
        Status = WebhookDeliveryStatus.Pending,
        NextAttemptAt = now,
    };

    public void MarkDelivered(int responseStatus, DateTimeOffset now)
    {
        Attempts++;
        LastAttemptAt = now;
        LastResponseStatus = responseStatus;
        LastError = null;
        DeliveredAt = now;
        Status = WebhookDeliveryStatus.Delivered;
        Release();
    }

    public void RecordFailure(int? responseStatus, string error, int maxAttempts, TimeSpan retryDelay, DateTimeOffset now)
    {
        Attempts++;
        LastAttemptAt = now;
        LastResponseStatus = responseStatus;
        LastError = error.Length <= WebhookLimits.ErrorLength ? error : error[..WebhookLimits.ErrorLength];
        Status = Attempts >= maxAttempts ? WebhookDeliveryStatus.Failed : WebhookDeliveryStatus.Retrying;
        NextAttemptAt = now + retryDelay;
        Release();
    }

    /// <summary>Its subscription is off: it will not be sent unless an Admin redelivers it.</summary>
    public void Cancel(string reason)
    {
        if (Status is WebhookDeliveryStatus.Delivered or WebhookDeliveryStatus.Failed)
        {
            return;
        }

        Status = WebhookDeliveryStatus.Cancelled;
        LastError = reason;
        Release();
    }

    public bool CanRedeliver => Status is not WebhookDeliveryStatus.Sending;

    /// <summary>Sends the same message again, soon, with a fresh set of attempts.</summary>
    public void Redeliver(DateTimeOffset now)
    {
        Status = WebhookDeliveryStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
        DeliveredAt = null;
        Release();
    }

    private void Release()
    {
        LockToken = null;
        LockedUntil = null;
    }
}
