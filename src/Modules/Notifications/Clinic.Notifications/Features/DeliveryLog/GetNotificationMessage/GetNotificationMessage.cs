using Mediator;

namespace Clinic.Notifications.Features.DeliveryLog.GetNotificationMessage;

/// <summary>One message with its rendered content, as the patient received it.</summary>
public sealed record GetNotificationMessage(Guid Id) : IRequest<NotificationMessageDetails>;

/// <summary>A message and its rendered content.</summary>
/// <param name="Summary">Status and addressing, as in the delivery log.</param>
/// <param name="TextBody">The plain-text email body, or the SMS text.</param>
/// <param name="HtmlBody">The HTML email body; show it in a sandboxed frame. Null for SMS.</param>
/// <param name="CalendarFile">The iCalendar file sent with the email, if any.</param>
/// <param name="ProviderMessageId">The SMTP Message-Id, Twilio SID, or .eml file name in development.</param>
/// <param name="ContentRedacted">True when a secret (code, password link) has been masked in the bodies shown.</param>
public sealed record NotificationMessageDetails(
    NotificationMessageSummary Summary,
    string TextBody,
    string? HtmlBody,
    string? CalendarFile,
    string? ProviderMessageId,
    bool ContentRedacted);
