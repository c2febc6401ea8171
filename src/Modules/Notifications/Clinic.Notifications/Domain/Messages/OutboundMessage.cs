namespace Clinic.Notifications.Domain.Messages;

/// <summary>
/// One email or SMS to one recipient, from the moment it is queued until it is sent or given up on.
/// It is a row, so nothing is lost while the mail server or SMS provider is down: it is retried with
/// backoff, dead-lettered after too many attempts, and visible to staff throughout.
/// </summary>
internal sealed class OutboundMessage
{
    private OutboundMessage() { }

    public Guid Id { get; private set; }

    /// <summary>Source event + channel + recipient + type: a duplicate upstream event cannot queue a second copy.</summary>
    public string IdempotencyKey { get; private set; } = "";

    public Guid SourceEventId { get; private set; }

    public MessageChannel Channel { get; private set; }

    public NotificationType Type { get; private set; }

    public Guid? PatientId { get; private set; }

    public Guid? AppointmentId { get; private set; }

    /// <summary>An email address, or a phone number in E.164.</summary>
    public string Recipient { get; private set; } = "";

    public string? RecipientName { get; private set; }

    public string Language { get; private set; } = "";

    public string? Subject { get; private set; }

    public string TextBody { get; private set; } = "";

    public string? HtmlBody { get; private set; }

    public string? CalendarMethod { get; private set; }

    public string? CalendarFile { get; private set; }

    public bool ContainsSecret { get; private set; }

    public string? RedactedTextBody { get; private set; }

    public string? RedactedHtmlBody { get; private set; }

    /// <summary>The secret has been wiped from the stored bodies.</summary>
    public bool IsRedacted { get; private set; }

    public MessageStatus Status { get; private set; }

    /// <summary>Delivery attempts made, successful or not.</summary>
    public int Attempts { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the message was meant to go out: at once, or later for reminders.</summary>
    public DateTimeOffset SendAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>After this the message is pointless (a code that expired, a reminder after the visit) and is not sent.</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    /// <summary>While in the future, the sender holding <see cref="LockToken"/> owns the message.</summary>
    public DateTimeOffset? LockedUntil { get; private set; }

    public Guid? LockToken { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>When the message became dead or cancelled.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>The provider's reference: SMTP Message-Id, Twilio SID, or the .eml file name in development.</summary>
    public string? ProviderMessageId { get; private set; }

    public bool IsPending => Status is MessageStatus.Queued or MessageStatus.Failed;

    public static OutboundMessage Queue(MessageEnvelope envelope, MessageContent content, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        IdempotencyKey = envelope.IdempotencyKey,
        SourceEventId = envelope.SourceEventId,
        Channel = envelope.Channel,
        Type = envelope.Type,
        PatientId = envelope.PatientId,
        AppointmentId = envelope.AppointmentId,
        Recipient = envelope.Recipient,
        RecipientName = envelope.RecipientName,
        Language = envelope.Language,
        Subject = content.Subject,
        TextBody = content.TextBody,
        HtmlBody = content.HtmlBody,
        CalendarMethod = content.Calendar?.Method,
        CalendarFile = content.Calendar?.Content,
        ContainsSecret = content.ContainsSecret,
        RedactedTextBody = content.RedactedTextBody,
        RedactedHtmlBody = content.RedactedHtmlBody,
        Status = MessageStatus.Queued,
        CreatedAt = now,
        SendAt = envelope.SendAt,
        NextAttemptAt = envelope.SendAt,
        ExpiresAt = envelope.ExpiresAt,
    };

    /// <summary>A message that can never be sent (say, a phone number that does not exist) is logged dead at once, for staff to see.</summary>
    public static OutboundMessage Undeliverable(MessageEnvelope envelope, MessageContent content, DateTimeOffset now, string reason)
    {
        var message = Queue(envelope, content, now);
        message.Close(MessageStatus.Dead, now, reason);
        return message;
    }

    public void MarkSent(DateTimeOffset now, string providerMessageId, bool wipeSecret)
    {
        Attempts++;
        Status = MessageStatus.Sent;
        SentAt = now;
        ProviderMessageId = Truncate(providerMessageId, MessageLimits.ProviderIdLength);
        LastError = null;
        ReleaseLock();
        if (wipeSecret && ContainsSecret && !IsRedacted)
        {
            TextBody = RedactedTextBody!;
            HtmlBody = RedactedHtmlBody;
            IsRedacted = true;
        }
    }

    /// <summary>Records a failed attempt: retried after <paramref name="retryDelay"/>, or dead when it was permanent or the last allowed.</summary>
    public void RecordFailure(DateTimeOffset now, string error, bool permanent, int maxAttempts, TimeSpan retryDelay)
    {
        Attempts++;
        ReleaseLock();
        if (permanent || Attempts >= maxAttempts)
        {
            Close(MessageStatus.Dead, now, error);
            return;
        }

        Status = MessageStatus.Failed;
        LastError = Truncate(error, MessageLimits.ErrorLength);
        NextAttemptAt = now + retryDelay;
    }

    public bool HasExpired(DateTimeOffset now) => ExpiresAt is { } expires && expires <= now;

    public void Expire(DateTimeOffset now)
    {
        ReleaseLock();
        Close(MessageStatus.Dead, now, $"Expired at {ExpiresAt:u} before it could be sent.");
    }

    /// <summary>Drops a message that is no longer wanted; one already being sent or sent is left alone.</summary>
    public bool Cancel(DateTimeOffset now)
    {
        if (!IsPending)
        {
            return false;
        }

        Close(MessageStatus.Cancelled, now, null);
        return true;
    }

    /// <summary>Staff retry: a dead message gets a fresh set of attempts, starting now.</summary>
    public void Requeue(DateTimeOffset now)
    {
        Status = MessageStatus.Queued;
        Attempts = 0;
        NextAttemptAt = now;
        ClosedAt = null;
    }

    public void MovePatient(Guid patientId) => PatientId = patientId;

    /// <summary>
    /// Replaces the content of a message still waiting to go, with what it should say now (a reminder names the
    /// forms still pending when it is sent). A message carrying a secret is never re-rendered.
    /// </summary>
    public bool Rewrite(string? subject, string textBody, string? htmlBody)
    {
        if ((!IsPending && Status != MessageStatus.Sending) || ContainsSecret)
        {
            return false;
        }

        Subject = subject is null ? null : Truncate(subject, MessageLimits.SubjectLength);
        TextBody = textBody;
        HtmlBody = htmlBody;
        return true;
    }

    private void Close(MessageStatus status, DateTimeOffset now, string? error)
    {
        Status = status;
        ClosedAt = now;
        LastError = error is null ? LastError : Truncate(error, MessageLimits.ErrorLength);
    }

    private void ReleaseLock()
    {
        LockToken = null;
        LockedUntil = null;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
