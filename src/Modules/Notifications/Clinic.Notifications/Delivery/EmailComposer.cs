using System.Text;
using Clinic.Notifications.Adapters.Email;
using Clinic.Notifications.Domain.Messages;
using MimeKit;

namespace Clinic.Notifications.Delivery;

/// <summary>Turns a stored email into MIME: text and HTML alternatives, and the calendar invitation when there is one.</summary>
internal static class EmailComposer
{
    public static MimeMessage Compose(OutboundMessage message, EmailOptions email, string clinicName, DateTimeOffset now)
    {
        var mime = new MimeMessage
        {
            Subject = message.Subject ?? "",
            Date = now,
            // Derived from our id, so a copy sent again after a crash carries the same Message-Id and mail clients fold them together.
            MessageId = $"{message.Id:N}@{DomainOf(email.FromAddress)}",
        };
        mime.From.Add(new MailboxAddress(string.IsNullOrWhiteSpace(email.FromName) ? clinicName : email.FromName, email.FromAddress));
        mime.To.Add(new MailboxAddress(message.RecipientName ?? "", message.Recipient));

        // Asks vacation responders and mailing lists not to answer an automatic message (RFC 3834).
        mime.Headers.Add("Auto-Submitted", "auto-generated");

        var alternative = new MultipartAlternative
        {
            new TextPart("plain") { Text = message.TextBody },
        };
        if (message.HtmlBody is not null)
        {
            alternative.Add(new TextPart("html") { Text = message.HtmlBody });
        }

        if (message.CalendarFile is null)
        {
            mime.Body = alternative;
            return Finish(mime, message.Language);
        }

        var invitation = new MimePart("text", "calendar")
        {
            Content = new MimeContent(new MemoryStream(Encoding.UTF8.GetBytes(message.CalendarFile))),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = message.Language == "es" ? "cita.ics" : "appointment.ics",
        };
        invitation.ContentType.Charset = "utf-8";
        invitation.ContentType.Parameters.Add("method", message.CalendarMethod ?? "REQUEST");
        mime.Body = new Multipart("mixed") { alternative, invitation };
        return Finish(mime, message.Language);
    }

    private static MimeMessage Finish(MimeMessage mime, string language)
    {
        mime.Body!.Headers.Add(HeaderId.ContentLanguage, language);

        // 7-bit safe transfer encodings, so the accents survive any relay and the .eml files of the development adapter alike.
        mime.Prepare(EncodingConstraint.SevenBit);
        return mime;
    }

    private static string DomainOf(string address)
    {
        var at = address.LastIndexOf('@');
        return at >= 0 && at < address.Length - 1 ? address[(at + 1)..] : "clinic.invalid";
    }
}
