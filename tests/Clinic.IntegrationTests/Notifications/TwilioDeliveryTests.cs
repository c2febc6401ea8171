using System.Net;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.Identity.Contracts;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Features.DeliveryLog.GetNotificationMessage;
using Clinic.Notifications.Features.DeliveryLog.ListNotificationMessages;
using Clinic.Scheduling.Contracts.Appointments;

namespace Clinic.IntegrationTests.Notifications;

/// <summary>The Twilio adapter against a local listener that records what Twilio would have received; no network.</summary>
public sealed class TwilioDeliveryTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2030, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private readonly RecordingTwilioApi twilio = new();
    private readonly ClinicApiFactory factory;

    public TwilioDeliveryTests() => factory = NotificationsHost.DrivenByHand(Now).WithTwilio(twilio);

    public void Dispose()
    {
        factory.Dispose();
        twilio.Dispose();
    }

    [Fact]
    public async Task Given_twilio_is_configured_When_a_confirmation_sms_is_sent_Then_twilio_receives_number_sender_text_and_credentials()
    {
        await factory.PublishAsync(new AppointmentBooked(AppointmentEvents.Snapshot(Now.AddDays(3)), true, false) { OccurredAt = Now });

        await factory.DeliverDueMessagesAsync();

        var request = twilio.Requests.ShouldHaveSingleItem();
        request.Method.ShouldBe("POST");
        request.Path.ShouldBe("/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json");
        request.BasicCredentials.ShouldBe("AC0123456789abcdef0123456789abcdef:twilio-test-token");
        request.Form["To"].ShouldBe(AppointmentEvents.PatientPhoneE164);
        request.Form["From"].ShouldBe("+34911000000");
        request.Form["Body"].ShouldBe("Clinica Lumina: cita confirmada el mié 13/03 a las 10:00 (hora de Madrid) en Lumina Madrid - Salamanca. Para cambiarla llama al +34 910 123 456");

        var sms = await factory.MessageAsync(NotificationType.AppointmentConfirmation, MessageChannel.Sms);
        sms.Status.ShouldBe(MessageStatus.Sent);
        sms.ProviderMessageId.ShouldNotBeNull().ShouldStartWith("SM");
    }

    [Fact]
    public async Task Given_a_one_time_code_sent_by_twilio_When_staff_read_the_delivery_log_Then_the_code_is_gone_from_the_log()
    {
        await factory.PublishAsync(new PhoneVerificationCodeRequested("+34 612 345 678", "482913", "es", Now.AddMinutes(10)) { OccurredAt = Now });

        await factory.DeliverDueMessagesAsync();

        twilio.Requests.ShouldHaveSingleItem().Form["Body"].ShouldBe(
            "Clinica Lumina: tu codigo de verificacion es 482913. Caduca en 10 min. No lo compartas con nadie.");
        var stored = await factory.MessageAsync(NotificationType.PhoneVerificationCode, MessageChannel.Sms);
        stored.Status.ShouldBe(MessageStatus.Sent);
        stored.TextBody.ShouldNotContain("482913");
        stored.TextBody.ShouldContain("******");
        stored.IsRedacted.ShouldBeTrue();

        var staff = factory.CreateClientAs(ClinicRoles.FrontDesk);
        var log = await (await staff.GetAsync("/api/admin/notifications/messages?channel=Sms")).ShouldBeJsonAsync<NotificationMessagePage>();
        log.Items.ShouldHaveSingleItem().SmsText.ShouldNotBeNull().ShouldNotContain("482913");
        var details = await (await staff.GetAsync($"/api/admin/notifications/messages/{stored.Id}")).ShouldBeJsonAsync<NotificationMessageDetails>();
        details.TextBody.ShouldNotContain("482913");
        details.ContentRedacted.ShouldBeTrue();
    }

    [Fact]
    public async Task Given_a_code_still_waiting_for_twilio_When_staff_read_the_delivery_log_Then_the_code_is_masked_already()
    {
        twilio.Status = HttpStatusCode.ServiceUnavailable;
        await factory.PublishAsync(new PhoneVerificationCodeRequested("+34 612 345 678", "731205", "en", Now.AddMinutes(10)) { OccurredAt = Now });
        await factory.DeliverDueMessagesAsync();

        var log = await (await factory.CreateClientAs(ClinicRoles.Admin).GetAsync("/api/admin/notifications/messages?type=PhoneVerificationCode"))
            .ShouldBeJsonAsync<NotificationMessagePage>();

        var waiting = log.Items.ShouldHaveSingleItem();
        waiting.Status.ShouldBe(MessageStatus.Failed);
        waiting.SmsText.ShouldBe("Clinica Lumina: your verification code is ******. It expires in 10 min. Do not share it with anyone.");
    }

    [Fact]
    public async Task Given_twilio_refuses_the_number_When_sent_Then_the_sms_is_dead_at_once_and_not_retried()
    {
        twilio.Status = HttpStatusCode.BadRequest;
        await factory.PublishAsync(new AppointmentBooked(AppointmentEvents.Snapshot(Now.AddDays(3), email: null), true, false) { OccurredAt = Now });

        await factory.DeliverDueMessagesAsync();
        factory.Clock!.Advance(TimeSpan.FromHours(2));
        await factory.DeliverDueMessagesAsync();

        twilio.Requests.Count.ShouldBe(1);
        var dead = await factory.MessageAsync(NotificationType.AppointmentConfirmation, MessageChannel.Sms);
        dead.Status.ShouldBe(MessageStatus.Dead);
        dead.LastError.ShouldNotBeNull().ShouldContain("21211");
    }

    [Fact]
    public async Task Given_twilio_is_unavailable_When_sent_Then_the_sms_is_retried_with_backoff_until_it_goes_through()
    {
        twilio.Status = HttpStatusCode.InternalServerError;
        await factory.PublishAsync(new AppointmentBooked(AppointmentEvents.Snapshot(Now.AddDays(3), email: null), true, false) { OccurredAt = Now });

        await factory.DeliverDueMessagesAsync();
        var failed = await factory.MessageAsync(NotificationType.AppointmentConfirmation, MessageChannel.Sms);
        failed.Status.ShouldBe(MessageStatus.Failed);
        failed.NextAttemptAt.ShouldBeGreaterThan(Now);

        twilio.Status = HttpStatusCode.Created;
        factory.Clock!.Advance(TimeSpan.FromMinutes(1));
        await factory.DeliverDueMessagesAsync();

        twilio.Requests.Count.ShouldBe(2);
        (await factory.MessageAsync(NotificationType.AppointmentConfirmation, MessageChannel.Sms)).Status.ShouldBe(MessageStatus.Sent);
    }
}
