using Clinic.Notifications.Delivery;
using Clinic.Notifications.Domain.Messages;

namespace Clinic.Notifications.Features.DeliveryLog;

/// <summary>
/// What staff may read of a message: a secret (one-time code, password link) is shown only when the
/// channel is a development adapter, where no real patient is involved.
/// </summary>
internal sealed record VisibleContent(string Text, string? Html, bool Redacted)
{
    public static VisibleContent Of(OutboundMessage message, DeliveryChannels channels)
    {
        if (!message.ContainsSecret || message.IsRedacted)
        {
            return new VisibleContent(message.TextBody, message.HtmlBody, message.IsRedacted);
        }

        return channels.IsDevelopment(message.Channel)
            ? new VisibleContent(message.TextBody, message.HtmlBody, Redacted: false)
            : new VisibleContent(message.RedactedTextBody!, message.RedactedHtmlBody, Redacted: true);
    }
}
