namespace Clinic.Integrations.Domain.Webhooks;

/// <summary>Where one event's delivery to one subscription stands.</summary>
public enum WebhookDeliveryStatus
{
    /// <summary>Waiting for its first attempt.</summary>
    Pending,

    /// <summary>A sender holds it right now.</summary>
    Sending,

    /// <summary>An attempt failed; another is scheduled.</summary>
    Retrying,

    /// <summary>The receiver answered 2xx.</summary>
    Delivered,

    /// <summary>Every attempt failed; an Admin may redeliver it.</summary>
    Failed,

    /// <summary>Not sent because its subscription was disabled; an Admin may redeliver it once it is enabled again.</summary>
    Cancelled,
}
