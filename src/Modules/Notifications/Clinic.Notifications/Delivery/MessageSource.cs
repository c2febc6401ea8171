using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Templates;

namespace Clinic.Notifications.Delivery;

/// <summary>
/// Why a message exists and when it should go: the event behind it, its type and the patient and
/// appointment it concerns. <see cref="Variant"/> tells apart several messages of one type from one
/// event (the 24 h and the 2 h reminder).
/// </summary>
internal sealed record MessageSource(
    Guid EventId,
    NotificationType Type,
    Language Language,
    Guid? PatientId = null,
    Guid? AppointmentId = null,
    DateTimeOffset? SendAt = null,
    DateTimeOffset? ExpiresAt = null,
    string? Variant = null);
