namespace Clinic.Notifications.Adapters;

/// <summary>The provider refused the message for good (no such mailbox, not a mobile number): retrying cannot help.</summary>
internal sealed class PermanentDeliveryException(string message, Exception inner) : Exception(message, inner);
