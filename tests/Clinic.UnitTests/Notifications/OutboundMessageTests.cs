using Clinic.Notifications.Domain.Messages;

namespace Clinic.UnitTests.Notifications;

public sealed class OutboundMessageTests
{
    private static readonly DateTimeOffset Now = new(2030, 3, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Given_a_queued_message_When_an_attempt_fails_Then_it_waits_for_the_retry_delay_with_the_error_kept()
    {
        var message = Queued();

        message.RecordFailure(Now, "SocketException: Connection refused", permanent: false, maxAttempts: 3, TimeSpan.FromMinutes(1));

        message.Status.ShouldBe(MessageStatus.Failed);
        message.Attempts.ShouldBe(1);
        message.NextAttemptAt.ShouldBe(Now.AddMinutes(1));
        message.LastError.ShouldBe("SocketException: Connection refused");
        message.IsPending.ShouldBeTrue();
    }

    [Fact]
    public void Given_the_last_allowed_attempt_When_it_fails_Then_the_message_is_dead()
    {
        var message = Queued();

        for (var attempt = 0; attempt < 3; attempt++)
        {
            message.RecordFailure(Now, "timeout", permanent: false, maxAttempts: 3, TimeSpan.FromMinutes(1));
        }

        message.Status.ShouldBe(MessageStatus.Dead);
        message.ClosedAt.ShouldBe(Now);
        message.IsPending.ShouldBeFalse();
    }

    [Fact]
    public void Given_a_permanent_refusal_When_recorded_Then_the_message_is_dead_after_one_attempt()
    {
        var message = Queued();

        message.RecordFailure(Now, "550 mailbox unavailable", permanent: true, maxAttempts: 10, TimeSpan.FromMinutes(1));

        message.Status.ShouldBe(MessageStatus.Dead);
        message.Attempts.ShouldBe(1);
    }

    [Fact]
    public void Given_a_message_with_a_secret_When_a_real_provider_sent_it_Then_only_the_masked_text_remains()
    {
        var message = Queued(new MessageContent(null, "Your code is 123456", null, RedactedTextBody: "Your code is ******"));

        message.MarkSent(Now, "SM1", wipeSecret: true);

        message.TextBody.ShouldBe("Your code is ******");
        message.IsRedacted.ShouldBeTrue();
    }

    [Fact]
    public void Given_a_message_with_a_secret_When_the_development_adapter_sent_it_Then_it_stays_readable()
    {
        var message = Queued(new MessageContent(null, "Your code is 123456", null, RedactedTextBody: "Your code is ******"));

        message.MarkSent(Now, "delivery-log", wipeSecret: false);

        message.TextBody.ShouldBe("Your code is 123456");
        message.IsRedacted.ShouldBeFalse();
    }

    [Fact]
    public void Given_messages_in_each_state_When_cancelled_Then_only_pending_ones_are_dropped()
    {
        var queued = Queued();
        var sent = Queued();
        sent.MarkSent(Now, "id", wipeSecret: true);

        queued.Cancel(Now).ShouldBeTrue();
        sent.Cancel(Now).ShouldBeFalse();

        queued.Status.ShouldBe(MessageStatus.Cancelled);
        sent.Status.ShouldBe(MessageStatus.Sent);
    }

    [Fact]
    public void Given_a_dead_message_When_requeued_Then_it_gets_fresh_attempts_from_now()
    {
        var message = Queued();
        message.RecordFailure(Now, "boom", permanent: true, maxAttempts: 3, TimeSpan.Zero);

        message.Requeue(Now.AddHours(1));

        message.Status.ShouldBe(MessageStatus.Queued);
        message.Attempts.ShouldBe(0);
        message.NextAttemptAt.ShouldBe(Now.AddHours(1));
        message.ClosedAt.ShouldBeNull();
    }

    private static OutboundMessage Queued(MessageContent? content = null) => OutboundMessage.Queue(
        new MessageEnvelope("key", Guid.NewGuid(), MessageChannel.Sms, NotificationType.PhoneVerificationCode, null, null, "+34612345678", null, "es", Now, null),
        content ?? new MessageContent(null, "text", null),
        Now);
}
