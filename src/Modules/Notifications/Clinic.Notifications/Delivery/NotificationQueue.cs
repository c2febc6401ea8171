using System.Security.Cryptography;
using System.Text;
using Clinic.BuildingBlocks.Phones;
using Clinic.Notifications.Adapters.Sms;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Persistence;
using Clinic.Notifications.Templates;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Clinic.Notifications.Delivery;

/// <summary>
/// How an event handler sends anything: it adds message rows to the module's DbContext, which the
/// handler's own SaveChanges stores together with the "event processed" mark. Nothing is sent here;
/// the delivery worker picks the rows up.
/// </summary>
internal sealed class NotificationQueue(NotificationsDbContext db, PhoneNumberNormalizer phones, TimeProvider clock)
{
    public async Task EmailAsync(MessageSource source, string? address, string recipientName, RenderedEmail email, RenderedEmail? redacted, CalendarAttachment? calendar, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return;
        }

        var recipient = address.Trim();
        var content = new MessageContent(email.Subject, email.Text, email.Html, redacted?.Text, redacted?.Html, calendar);
        var problem = MailboxAddress.TryParse(recipient, out var mailbox) && mailbox.Address.Contains('@', StringComparison.Ordinal)
            ? null
            : $"'{recipient}' is not a valid email address.";
        await AddAsync(source, MessageChannel.Email, recipient, recipientName, content, problem, cancellationToken);
    }

    public async Task SmsAsync(MessageSource source, string? phone, string? recipientName, string text, string? redactedText, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return;
        }

        var problem = phones.TryNormalize(phone.Trim(), out var e164, out var reason) ? null : reason;
        await AddAsync(source, MessageChannel.Sms, e164, recipientName, new MessageContent(null, text, null, redactedText), problem, cancellationToken);
    }

    /// <summary>Drops the messages of one type still waiting for an appointment, e.g. its reminders once it moved.</summary>
    public async Task CancelPendingAsync(Guid appointmentId, NotificationType type, CancellationToken cancellationToken)
    {
        var pending = await db.Messages
            .Where(m => m.AppointmentId == appointmentId && m.Type == type && (m.Status == MessageStatus.Queued || m.Status == MessageStatus.Failed))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var message in pending)
        {
            message.Cancel(now);
        }
    }

    private async Task AddAsync(MessageSource source, MessageChannel channel, string recipient, string? recipientName, MessageContent content, string? problem, CancellationToken cancellationToken)
    {
        var key = IdempotencyKey(source, channel, recipient);
        if (db.Messages.Local.Any(m => m.IdempotencyKey == key) || await db.Messages.AnyAsync(m => m.IdempotencyKey == key, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var envelope = new MessageEnvelope(
            key, source.EventId, channel, source.Type, source.PatientId, source.AppointmentId,
            recipient, recipientName, source.Language.Code(), source.SendAt ?? now, source.ExpiresAt);
        db.Messages.Add(problem is null
            ? OutboundMessage.Queue(envelope, content, now)
            : OutboundMessage.Undeliverable(envelope, content, now, problem));
    }

    /// <summary>Source event + channel + recipient + type (+ variant); the recipient is hashed to keep the key short and free of personal data.</summary>
    private static string IdempotencyKey(MessageSource source, MessageChannel channel, string recipient)
    {
        var recipientHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(recipient.ToLowerInvariant())))[..32];
        var type = source.Variant is null ? source.Type.ToString() : $"{source.Type}@{source.Variant}";
        return $"{source.EventId:N}:{channel}:{recipientHash}:{type}";
    }
}
