using Clinic.Notifications.Delivery;
using Clinic.Notifications.Domain.Messages;

namespace Clinic.Notifications.Features.DeliveryLog;

/// <summary>One email or SMS in the delivery log.</summary>
/// <param name="Id">The message's id.</param>
/// <param name="Channel">Email or Sms.</param>
/// <param name="Type">What the message is about.</param>
/// <param name="Status">Queued, Sending, Sent, Failed (retry scheduled), Dead (given up) or Cancelled.</param>
/// <param name="Recipient">Email address, or phone number in E.164.</param>
/// <param name="RecipientName">The patient's name when known.</param>
/// <param name="Language">"es" or "en".</param>
/// <param name="Subject">Email subject; null for SMS.</param>
/// <param name="SmsText">The SMS text; one-time codes are masked unless the SMS channel is the development adapter.</param>
/// <param name="PatientId">The patient it concerns, when known.</param>
/// <param name="AppointmentId">The appointment it concerns, when any.</param>
/// <param name="Attempts">Delivery attempts made so far.</param>
/// <param name="CreatedAt">When it was queued.</param>
/// <param name="SendAt">When it was due to go out (later than CreatedAt for reminders).</param>
/// <param name="NextAttemptAt">When the next attempt happens, while it is Queued or Failed.</param>
/// <param name="SentAt">When the provider accepted it.</param>
/// <param name="LastError">Why the last attempt failed, or why it was given up on.</param>
public sealed record NotificationMessageSummary(
    Guid Id,
    MessageChannel Channel,
    NotificationType Type,
    MessageStatus Status,
    string Recipient,
    string? RecipientName,
    string Language,
    string? Subject,
    string? SmsText,
    Guid? PatientId,
    Guid? AppointmentId,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset SendAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? SentAt,
    string? LastError)
{
    internal static NotificationMessageSummary From(OutboundMessage message, DeliveryChannels channels)
    {
        var content = VisibleContent.Of(message, channels);
        return new NotificationMessageSummary(
            message.Id, message.Channel, message.Type, message.Status, message.Recipient, message.RecipientName, message.Language,
            message.Subject, message.Channel == MessageChannel.Sms ? content.Text : null,
            message.PatientId, message.AppointmentId, message.Attempts, message.CreatedAt, message.SendAt,
            message.IsPending ? message.NextAttemptAt : null, message.SentAt, message.LastError);
    }
}
