namespace Clinic.Notifications.Domain.Messages;

/// <summary>How a message reaches the patient.</summary>
public enum MessageChannel
{
    Email,
    Sms,
}
