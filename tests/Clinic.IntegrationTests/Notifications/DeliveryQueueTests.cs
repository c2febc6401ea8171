using Clinic.IntegrationTests.Infrastructure;
using Clinic.Notifications.Delivery;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Persistence;
using Clinic.Notifications.Templates;
using Clinic.Scheduling.Contracts.Appointments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Notifications;

/// <summary>The queue's promises: one message per upstream fact, each sent once however many senders run.</summary>
public sealed class DeliveryQueueTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2030, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private readonly ClinicApiFactory factory = NotificationsHost.DrivenByHand(Now);

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Given_the_same_booking_event_delivered_twice_When_handled_Then_the_patient_gets_one_email_and_one_sms()
    {
        var booked = new AppointmentBooked(AppointmentEvents.Snapshot(Now.AddDays(3)), true, false) { OccurredAt = Now };

        await factory.PublishAsync(booked);
        await factory.PublishAsync(booked);
        await factory.DeliverDueMessagesAsync();

        (await factory.MessagesAsync(q => q.Where(m => m.Type == NotificationType.AppointmentConfirmation))).Count.ShouldBe(2);
        MailFolder.Read(factory).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Given_a_message_already_queued_for_an_event_When_the_same_message_is_queued_again_Then_its_idempotency_key_keeps_one()
    {
        var eventId = Guid.NewGuid();

        await QueueSmsAsync(eventId, "+34 612 345 678");
        await QueueSmsAsync(eventId, "612345678");
        await QueueSmsAsync(Guid.NewGuid(), "612345678");

        var messages = await factory.MessagesAsync();
        messages.Count.ShouldBe(2, "the second copy for the same event and number is refused; another event's message is not");
        messages.Count(m => m.SourceEventId == eventId).ShouldBe(1);
    }

    [Fact]
    public async Task Given_a_duplicate_insert_that_bypasses_the_check_When_saved_Then_the_unique_index_refuses_it()
    {
        var eventId = Guid.NewGuid();
        await QueueSmsAsync(eventId, "612345678");
        var existing = (await factory.MessagesAsync()).Single();

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        db.Messages.Add(OutboundMessage.Queue(
            new MessageEnvelope(existing.IdempotencyKey, eventId, MessageChannel.Sms, NotificationType.PhoneVerificationCode, null, null,
                existing.Recipient, null, "es", Now, null),
            new MessageContent(null, "again", null), Now));

        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Given_two_senders_on_one_database_When_they_run_concurrently_Then_every_message_is_sent_exactly_once()
    {
        for (var i = 0; i < 30; i++)
        {
            await factory.PublishAsync(new AppointmentBooked(AppointmentEvents.Snapshot(Now.AddDays(3).AddHours(i), email: $"patient{i}@example.com"), true, false) { OccurredAt = Now });
        }

        // Two processor instances stand for two host processes: separate objects, one database.
        var first = ActivatorUtilities.CreateInstance<MessageDeliveryProcessor>(factory.Services);
        var second = ActivatorUtilities.CreateInstance<MessageDeliveryProcessor>(factory.Services);
        await Task.WhenAll(DrainAsync(first), DrainAsync(second));

        var emails = MailFolder.Read(factory);
        emails.Count.ShouldBe(30);
        emails.Select(m => m.MessageId).Distinct().Count().ShouldBe(30);
        emails.Select(m => m.To.Mailboxes.Single().Address).Distinct().Count().ShouldBe(30);
        (await factory.MessagesAsync(q => q.Where(m => m.Type == NotificationType.AppointmentConfirmation)))
            .ShouldAllBe(m => m.Status == MessageStatus.Sent && m.Attempts == 1);
    }

    [Fact]
    public async Task Given_a_sender_that_crashed_mid_batch_When_its_lease_runs_out_Then_another_instance_sends_the_messages_it_held()
    {
        await factory.PublishAsync(new AppointmentBooked(AppointmentEvents.Snapshot(Now.AddDays(3), phone: null), true, false) { OccurredAt = Now });
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // What a crash leaves behind: the row claimed by an instance that will never record an outcome.
            await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Messages
                .Where(m => m.Type == NotificationType.AppointmentConfirmation)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(m => m.Status, MessageStatus.Sending)
                    .SetProperty(m => m.LockToken, Guid.NewGuid())
                    .SetProperty(m => m.LockedUntil, Now.AddMinutes(5)));
        }

        (await factory.DeliverDueMessagesAsync()).ShouldBe(0, "the lease is still held");
        factory.Clock!.Advance(TimeSpan.FromMinutes(6));
        (await factory.DeliverDueMessagesAsync()).ShouldBe(1);

        MailFolder.Read(factory).ShouldHaveSingleItem();
        (await factory.MessageAsync(NotificationType.AppointmentConfirmation, MessageChannel.Email)).Status.ShouldBe(MessageStatus.Sent);
    }

    [Fact]
    public async Task Given_a_code_that_expired_while_waiting_When_the_sender_reaches_it_Then_it_is_not_sent_and_is_marked_dead()
    {
        await factory.PublishAsync(new Clinic.Identity.Contracts.PhoneVerificationCodeRequested("612345678", "111222", "es", Now.AddMinutes(10)) { OccurredAt = Now });
        factory.Clock!.Advance(TimeSpan.FromMinutes(11));

        await factory.DeliverDueMessagesAsync();

        var expired = await factory.MessageAsync(NotificationType.PhoneVerificationCode, MessageChannel.Sms);
        expired.Status.ShouldBe(MessageStatus.Dead);
        expired.SentAt.ShouldBeNull();
        expired.LastError.ShouldNotBeNull().ShouldStartWith("Expired");
    }

    [Fact]
    public async Task Given_a_phone_number_that_cannot_exist_When_an_sms_is_queued_Then_it_is_logged_dead_with_the_reason()
    {
        await factory.PublishAsync(new AppointmentBooked(AppointmentEvents.Snapshot(Now.AddDays(3), phone: "12"), true, false) { OccurredAt = Now });

        var sms = await factory.MessageAsync(NotificationType.AppointmentConfirmation, MessageChannel.Sms);
        sms.Status.ShouldBe(MessageStatus.Dead);
        sms.LastError.ShouldNotBeNull().ShouldContain("'12'");
        (await factory.MessagesAsync(q => q.Where(m => m.Type == NotificationType.AppointmentReminder && m.Channel == MessageChannel.Sms)))
            .ShouldAllBe(m => m.Status == MessageStatus.Dead);
    }

    private async Task QueueSmsAsync(Guid eventId, string phone)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<NotificationQueue>();
        await queue.SmsAsync(new MessageSource(eventId, NotificationType.PhoneVerificationCode, Language.Es), phone, null, "Codigo 123456", null, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().SaveChangesAsync();
    }

    private static async Task DrainAsync(MessageDeliveryProcessor processor)
    {
        for (var idle = 0; idle < 3;)
        {
            idle = await processor.ProcessBatchAsync(CancellationToken.None) == 0 ? idle + 1 : 0;
            await Task.Yield();
        }
    }
}
