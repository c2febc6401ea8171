using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.Identity.Features.Staff.CreateStaffMember;
using Clinic.Integrations.Domain.Webhooks;
using Clinic.Integrations.Features.Deliveries;
using Clinic.Integrations.Features.Subscriptions;
using Clinic.Integrations.Features.Subscriptions.RotateWebhookSecret;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Persistence;
using Clinic.Scheduling.Contracts.Appointments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using AppointmentEvents = Clinic.IntegrationTests.Notifications.AppointmentEvents;

namespace Clinic.IntegrationTests.Integrations;

/// <summary>Outbound webhooks against a local receiver: signed, retried with the same id, stopped when disabled, rotated with overlap.</summary>
public sealed class WebhookDeliveryTests : IDisposable
{
    private readonly WebhookReceiver receiver = new();
    private readonly ClinicApiFactory factory = new ClinicApiFactory()
        .AllowingLocalReceivers()
        .With("Integrations:Webhooks:DisableAfterFailedAttempts", "3")
        .With("Integrations:Webhooks:MaxAttempts", "5")
        .WithFakeClock(TestClock.Now);
    private readonly HttpClient admin;

    public WebhookDeliveryTests() => admin = factory.CreateClientAs(ClinicRoles.Admin);

    private DateTimeOffset Now => factory.Clock!.GetUtcNow();

    public void Dispose()
    {
        factory.Dispose();
        receiver.Dispose();
    }

    private AppointmentBooked Booked(Guid? appointmentId = null) =>
        new(AppointmentEvents.Snapshot(Now.AddDays(2), appointmentId: appointmentId), IsPatientsFirstBooking: true, BookedByStaff: false) { OccurredAt = Now };

    [Fact]
    public async Task Given_a_subscription_When_an_appointment_is_booked_Then_the_receiver_gets_one_signed_appointment_booked_with_ids_and_no_contact_details()
    {
        var subscription = await admin.SubscribeAsync(receiver.Url, "appointment.booked");
        var booked = Booked();

        await factory.PublishEventAsync(booked);
        await factory.SendDueWebhooksAsync();

        var message = receiver.Requests.ShouldHaveSingleItem();
        (message.Method, message.Path).ShouldBe(("POST", "/hooks/clinic"));
        message.ContentType.ShouldStartWith("application/json");
        message.Id.ShouldStartWith("msg_");
        long.Parse(message.Timestamp!).ShouldBe(Now.ToUnixTimeSeconds());
        subscription.Secret.ShouldStartWith("whsec_");
        StandardWebhooksVerifier.Verifies(message, subscription.Secret, Now).ShouldBeTrue();
        StandardWebhooksVerifier.Verifies(message with { Body = message.Body.Replace("booked", "cancelled") }, subscription.Secret, Now).ShouldBeFalse();
        StandardWebhooksVerifier.Verifies(message, "whsec_" + Convert.ToBase64String(new byte[32]), Now).ShouldBeFalse();

        using var body = JsonDocument.Parse(message.Body);
        body.RootElement.GetProperty("type").GetString().ShouldBe("appointment.booked");
        var data = body.RootElement.GetProperty("data");
        data.GetProperty("appointmentId").GetGuid().ShouldBe(booked.Appointment.AppointmentId);
        data.GetProperty("patientId").GetGuid().ShouldBe(booked.Appointment.PatientId);
        data.GetProperty("bookedBy").GetString().ShouldBe("patient");
        data.GetProperty("services")[0].GetProperty("serviceId").GetGuid().ShouldBe(booked.Appointment.Services[0].ServiceId);
        message.Body.ShouldNotContain(AppointmentEvents.PatientEmail);
        message.Body.ShouldNotContain("Lucía");
        message.Body.ShouldNotContain("612");
        message.Body.ShouldNotContain(booked.Appointment.CalendarAccessToken);

        var log = (await admin.DeliveriesAsync()).Items.ShouldHaveSingleItem();
        (log.MessageId, log.Status, log.Attempts, log.LastResponseStatus, log.EventId).ShouldBe((message.Id, WebhookDeliveryStatus.Delivered, 1, (int?)200, booked.EventId));
    }

    [Fact]
    public async Task Given_an_event_delivered_twice_by_the_outbox_When_queued_Then_the_receiver_gets_it_once()
    {
        await admin.SubscribeAsync(receiver.Url, "appointment.booked");
        var booked = Booked();

        await factory.PublishEventAsync(booked);
        await factory.PublishEventAsync(booked);
        await factory.SendDueWebhooksAsync();

        receiver.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Given_a_receiver_that_fails_first_When_the_retry_is_due_Then_it_carries_the_same_webhook_id_and_body_signed_again()
    {
        var subscription = await admin.SubscribeAsync(receiver.Url, "appointment.booked");
        receiver.Answers.Enqueue(HttpStatusCode.ServiceUnavailable);

        await factory.PublishEventAsync(Booked());
        await factory.SendDueWebhooksAsync();
        var failed = (await admin.DeliveriesAsync()).Items.Single();
        await factory.SendDueWebhooksAsync();
        var notYet = receiver.Requests.Count;
        factory.Clock!.Advance(TimeSpan.FromMinutes(2));
        await factory.SendDueWebhooksAsync();

        (failed.Status, failed.Attempts, failed.LastResponseStatus).ShouldBe((WebhookDeliveryStatus.Retrying, 1, (int?)503));
        failed.LastError!.ShouldContain("HTTP 503");
        failed.NextAttemptAt!.Value.ShouldBeGreaterThan(failed.LastAttemptAt!.Value, "the retry waits (backoff)");
        notYet.ShouldBe(1, "nothing is resent before the backoff is over");
        var attempts = receiver.Requests.ToList();
        attempts.Count.ShouldBe(2);
        attempts[1].Id.ShouldBe(attempts[0].Id);
        attempts[1].Body.ShouldBe(attempts[0].Body);
        attempts[1].Timestamp.ShouldNotBe(attempts[0].Timestamp);
        StandardWebhooksVerifier.Verifies(attempts[1], subscription.Secret, Now).ShouldBeTrue();
        var delivered = (await admin.DeliveriesAsync()).Items.Single();
        (delivered.Status, delivered.Attempts, delivered.LastResponseStatus, delivered.MessageId).ShouldBe((WebhookDeliveryStatus.Delivered, 2, (int?)200, attempts[0].Id));
    }

    [Fact]
    public async Task Given_events_of_several_types_When_delivered_Then_each_is_its_own_message_which_the_receiver_can_order_by_its_timestamp()
    {
        await admin.SubscribeAsync(receiver.Url, "appointment.booked", "appointment.cancelled", "patient.created");
        var booked = Booked();
        var cancelled = new AppointmentCancelled(booked.Appointment, CancelledByPatient: true, IsLate: true, 3250, "EUR", 1) { OccurredAt = Now.AddMinutes(5) };
        var notSubscribed = new AppointmentNoShow(booked.Appointment) { OccurredAt = Now.AddMinutes(6) };

        // Published in the opposite order to when they happened: receivers must not rely on arrival order.
        await factory.PublishEventAsync(cancelled);
        await factory.PublishEventAsync(notSubscribed);
        await factory.PublishEventAsync(booked);
        await factory.SendDueWebhooksAsync();

        var received = receiver.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        received.Select(r => r.GetProperty("type").GetString()).Order().ShouldBe(["appointment.booked", "appointment.cancelled"]);
        receiver.Requests.Select(r => r.Id).Distinct().Count().ShouldBe(2);
        var byTime = received.OrderBy(r => r.GetProperty("timestamp").GetDateTimeOffset()).ToList();
        byTime[0].GetProperty("type").GetString().ShouldBe("appointment.booked");
        var cancellation = byTime[1].GetProperty("data");
        (cancellation.GetProperty("cancelledBy").GetString(), cancellation.GetProperty("isLate").GetBoolean()).ShouldBe(("patient", true));
        cancellation.GetProperty("feeDue").GetProperty("amountMinor").GetInt64().ShouldBe(3250);
    }

    [Fact]
    public async Task Given_a_subscription_an_admin_disabled_When_events_happen_Then_nothing_is_sent_until_it_is_enabled()
    {
        var subscription = await admin.SubscribeAsync(receiver.Url, "appointment.booked");
        await factory.PublishEventAsync(Booked());

        var disabled = await (await admin.PostAsync($"/api/admin/webhooks/subscriptions/{subscription.Subscription.Id}/disable", null)).ShouldBeJsonAsync<WebhookSubscriptionResponse>();
        await factory.PublishEventAsync(Booked());
        await factory.SendDueWebhooksAsync();
        var whileDisabled = receiver.Requests.Count;
        var log = await admin.DeliveriesAsync();
        var redeliverWhileDisabled = await admin.PostAsync($"/api/admin/webhooks/deliveries/{log.Items[0].Id}/redeliver", null);

        await admin.PostAsync($"/api/admin/webhooks/subscriptions/{subscription.Subscription.Id}/enable", null);
        await factory.PublishEventAsync(Booked());
        await factory.SendDueWebhooksAsync();

        disabled.IsEnabled.ShouldBeFalse();
        disabled.DisabledReason.ShouldBe("Disabled by Test Staff.");
        whileDisabled.ShouldBe(0);
        log.Items.ShouldHaveSingleItem("the event that happened while disabled was not queued").Status.ShouldBe(WebhookDeliveryStatus.Cancelled);
        (await redeliverWhileDisabled.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Detail!.ShouldContain("Enable it first");
        receiver.Requests.Count.ShouldBe(1, "only the event after enabling");
    }

    [Fact]
    public async Task Given_a_receiver_that_keeps_failing_When_attempts_fail_in_a_row_Then_the_subscription_is_disabled_and_each_admin_is_emailed()
    {
        (await admin.PostAsJsonAsync("/api/admin/staff", new CreateStaffMember("ana.admin@clinica-lumina.test", "Ana Prieto", [ClinicRoles.Admin], "correct horse battery staple")))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await admin.PostAsJsonAsync("/api/admin/staff", new CreateStaffMember("recepcion@clinica-lumina.test", "Rosa Vidal", [ClinicRoles.FrontDesk], "correct horse battery staple")))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var subscription = await admin.SubscribeAsync(receiver.Url, "appointment.booked");
        for (var i = 0; i < 5; i++)
        {
            receiver.Answers.Enqueue(HttpStatusCode.InternalServerError);
        }

        await factory.PublishEventAsync(Booked());
        await factory.PublishEventAsync(Booked());
        for (var round = 0; round < 3; round++)
        {
            await factory.SendDueWebhooksAsync();
            factory.Clock!.Advance(TimeSpan.FromMinutes(10));
        }

        var sent = receiver.Requests.Count;
        await factory.PublishEventAsync(Booked());
        await factory.SendDueWebhooksAsync();
        await factory.DispatchIntegrationsOutboxAsync();

        sent.ShouldBe(3, "the third failed attempt in a row disables the subscription");
        receiver.Requests.Count.ShouldBe(3);
        var listed = (await (await admin.GetAsync("/api/admin/webhooks/subscriptions")).ShouldBeJsonAsync<List<WebhookSubscriptionResponse>>()).Single();
        (listed.Id, listed.IsEnabled, listed.ConsecutiveFailures).ShouldBe((subscription.Subscription.Id, false, 3));
        listed.DisabledReason!.ShouldStartWith("3 delivery attempts in a row failed; the last: HTTP 500");
        (await admin.DeliveriesAsync()).Items.Select(d => d.Status).ShouldAllBe(s => s == WebhookDeliveryStatus.Cancelled || s == WebhookDeliveryStatus.Retrying);

        await using var scope = factory.Services.CreateAsyncScope();
        var emails = await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Messages.AsNoTracking()
            .Where(m => m.Type == NotificationType.WebhookSubscriptionDisabled).ToListAsync();
        var email = emails.ShouldHaveSingleItem("only the active Admin created here; the FrontDesk member is not told");
        email.Recipient.ShouldBe("ana.admin@clinica-lumina.test");
        email.Subject.ShouldBe("Webhook desactivado: CRM de marketing");
        email.TextBody.ShouldContain("3 intentos de entrega seguidos han fallado");
        email.TextBody.ShouldContain(receiver.Url);
        email.TextBody.ShouldContain("HTTP 500");
        email.TextBody.ShouldContain("/admin/integrations");
    }

    [Fact]
    public async Task Given_a_rotated_secret_When_messages_are_sent_during_the_overlap_Then_both_secrets_verify_and_after_it_only_the_new_one()
    {
        var subscription = await admin.SubscribeAsync(receiver.Url, "appointment.booked");
        var rotated = await (await admin.PostAsJsonAsync($"/api/admin/webhooks/subscriptions/{subscription.Subscription.Id}/rotate-secret", new RotateWebhookSecretBody(2)))
            .ShouldBeJsonAsync<RotatedWebhookSecret>();

        await factory.PublishEventAsync(Booked());
        await factory.SendDueWebhooksAsync();
        factory.Clock!.Advance(TimeSpan.FromHours(3));
        await factory.PublishEventAsync(Booked());
        await factory.SendDueWebhooksAsync();
        var listed = (await (await admin.GetAsync("/api/admin/webhooks/subscriptions")).ShouldBeJsonAsync<List<WebhookSubscriptionResponse>>()).Single();

        rotated.Secret.ShouldNotBe(subscription.Secret);
        rotated.Subscription.SecretHint.ShouldBe(rotated.Secret[..10] + "…");
        rotated.Subscription.PreviousSecretExpiresAt.ShouldBe(TestClock.Now.AddHours(2));
        var (during, after) = (receiver.Requests.First(), receiver.Requests.Last());
        during.Signature!.Split(' ').Length.ShouldBe(2);
        StandardWebhooksVerifier.Verifies(during, subscription.Secret, TestClock.Now).ShouldBeTrue();
        StandardWebhooksVerifier.Verifies(during, rotated.Secret, TestClock.Now).ShouldBeTrue();
        after.Signature!.Split(' ').Length.ShouldBe(1);
        StandardWebhooksVerifier.Verifies(after, subscription.Secret, Now).ShouldBeFalse();
        StandardWebhooksVerifier.Verifies(after, rotated.Secret, Now).ShouldBeTrue();
        listed.PreviousSecretExpiresAt.ShouldBeNull();
        (await admin.GetStringAsync("/api/admin/webhooks/subscriptions")).ShouldNotContain(rotated.Secret);
    }

    [Fact]
    public async Task Given_a_delivered_message_When_an_admin_redelivers_it_Then_the_receiver_gets_the_same_id_and_body_again()
    {
        var subscription = await admin.SubscribeAsync(receiver.Url, "appointment.booked");
        await factory.PublishEventAsync(Booked());
        await factory.SendDueWebhooksAsync();
        var delivery = (await admin.DeliveriesAsync()).Items.Single();

        var queued = await (await admin.PostAsync($"/api/admin/webhooks/deliveries/{delivery.Id}/redeliver", null)).ShouldBeJsonAsync<WebhookDeliveryResponse>();
        await factory.SendDueWebhooksAsync();

        queued.Status.ShouldBe(WebhookDeliveryStatus.Pending);
        var (first, again) = (receiver.Requests.First(), receiver.Requests.Last());
        receiver.Requests.Count.ShouldBe(2);
        again.Id.ShouldBe(first.Id);
        again.Body.ShouldBe(first.Body);
        StandardWebhooksVerifier.Verifies(again, subscription.Secret, Now).ShouldBeTrue();
        (await admin.DeliveriesAsync($"?subscriptionId={subscription.Subscription.Id}&status=Delivered")).Total.ShouldBe(1);
        (await admin.PostAsync($"/api/admin/webhooks/deliveries/{Guid.NewGuid()}/redeliver", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
