using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Outbox;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Notifications.Delivery;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Notifications;

/// <summary>Drives the notifications module of a test host: deliver events to its consumers, run its sender, read its rows.</summary>
internal static class NotificationsHost
{
    /// <summary>The host with the delivery worker, outbox dispatchers and every other background worker off, so the test decides when things happen.</summary>
    public static ClinicApiFactory DrivenByHand(DateTimeOffset now) => new ClinicApiFactory()
        .WithoutBackgroundWorkers()
        .WithFakeClock(now);

    public static ClinicApiFactory WithSmtp(this ClinicApiFactory factory, TestSmtpServer smtp) => factory
        .With("Notifications:Email:Adapter", "Smtp")
        .With("Notifications:Email:Smtp:Host", "127.0.0.1")
        .With("Notifications:Email:Smtp:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .With("Notifications:Email:Smtp:Security", "None")
        .With("Notifications:Email:Smtp:UserName", TestSmtpServer.UserName)
        .With("Notifications:Email:Smtp:Password", TestSmtpServer.Password)
        .With("Notifications:Email:Smtp:Timeout", "00:00:10");

    public static ClinicApiFactory WithTwilio(this ClinicApiFactory factory, RecordingTwilioApi twilio) => factory
        .With("Notifications:Sms:Adapter", "Twilio")
        .With("Notifications:Sms:Twilio:AccountSid", "AC0123456789abcdef0123456789abcdef")
        .With("Notifications:Sms:Twilio:AuthToken", "twilio-test-token")
        .With("Notifications:Sms:Twilio:FromNumber", "+34911000000")
        .With("Notifications:Sms:Twilio:ApiBaseUrl", twilio.BaseUrl);

    /// <summary>Hands an event to its consumers exactly as the outbox dispatcher does.</summary>
    public static async Task PublishAsync(this ClinicApiFactory factory, IIntegrationEvent integrationEvent)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IIntegrationEventPublisher>().PublishAsync(integrationEvent, CancellationToken.None);
    }

    /// <summary>Runs the sender until nothing more is due at the current (fake) time.</summary>
    public static async Task<int> DeliverDueMessagesAsync(this ClinicApiFactory factory)
    {
        var processor = factory.Services.GetRequiredService<MessageDeliveryProcessor>();
        var total = 0;
        for (var handled = await processor.ProcessBatchAsync(CancellationToken.None); handled > 0; handled = await processor.ProcessBatchAsync(CancellationToken.None))
        {
            total += handled;
        }

        return total;
    }

    public static async Task<List<OutboundMessage>> MessagesAsync(this ClinicApiFactory factory, Func<IQueryable<OutboundMessage>, IQueryable<OutboundMessage>>? filter = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var messages = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Messages.AsNoTracking();
        return await (filter ?? (q => q)).Invoke(messages).OrderBy(m => m.SendAt).ThenBy(m => m.Channel).ToListAsync();
    }

    public static async Task<OutboundMessage> MessageAsync(this ClinicApiFactory factory, NotificationType type, MessageChannel channel) =>
        (await factory.MessagesAsync(q => q.Where(m => m.Type == type && m.Channel == channel))).Single();
}
