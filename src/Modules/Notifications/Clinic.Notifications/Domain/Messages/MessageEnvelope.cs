namespace Clinic.Notifications.Domain.Messages;

/// <summary>Who a message goes to, why, and when; everything about it except its rendered content.</summary>
internal sealed record MessageEnvelope(
    string IdempotencyKey,
    Guid SourceEventId,
    MessageChannel Channel,
    NotificationType Type,
    Guid? PatientId,
    Guid? AppointmentId,
    string Recipient,
    string? RecipientName,
    string Language,
    DateTimeOffset SendAt,
    DateTimeOffset? ExpiresAt);
