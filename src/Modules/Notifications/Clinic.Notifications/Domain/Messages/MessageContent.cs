namespace Clinic.Notifications.Domain.Messages;

/// <summary>
/// A message as rendered when it was queued. When it carries a secret (a one-time code, a password
/// link) the redacted bodies are what remains in the log once a real provider has sent it.
/// </summary>
internal sealed record MessageContent(
    string? Subject,
    string TextBody,
    string? HtmlBody,
    string? RedactedTextBody = null,
    string? RedactedHtmlBody = null,
    CalendarAttachment? Calendar = null)
{
    public bool ContainsSecret => RedactedTextBody is not null;
}

/// <summary>An iCalendar file sent with an email; <see cref="Method"/> is REQUEST or CANCEL.</summary>
internal sealed record CalendarAttachment(string Method, string Content);
