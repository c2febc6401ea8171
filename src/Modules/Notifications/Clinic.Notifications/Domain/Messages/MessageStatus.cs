namespace Clinic.Notifications.Domain.Messages;

/// <summary>Where a message is in its delivery: Queued → Sending → Sent, or Failed (will retry) → … → Dead (gave up).</summary>
public enum MessageStatus
{
    /// <summary>Waiting for its send time.</summary>
    Queued,

    /// <summary>Claimed by a sender right now.</summary>
    Sending,

    /// <summary>Accepted by the mail server or SMS provider.</summary>
    Sent,

    /// <summary>The last attempt failed; another is scheduled.</summary>
    Failed,

    /// <summary>Given up on (too many attempts, a permanent refusal, or expired); staff may retry it.</summary>
    Dead,

    /// <summary>No longer wanted, e.g. the reminder of an appointment that was moved or cancelled.</summary>
    Cancelled,
}
