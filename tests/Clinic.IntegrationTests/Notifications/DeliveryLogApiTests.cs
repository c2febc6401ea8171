using System.Net;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.Identity.Contracts;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Features.DeliveryLog;
using Clinic.Notifications.Features.DeliveryLog.GetNotificationMessage;
using Clinic.Notifications.Features.DeliveryLog.ListNotificationMessages;
using Clinic.Notifications.Features.Reminders;
using Clinic.Notifications.Persistence;
using Clinic.Scheduling.Contracts.Appointments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Notifications;

/// <summary>The staff API over the delivery log and the reminder settings.</summary>
public sealed class DeliveryLogApiTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2030, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private readonly ClinicApiFactory factory = NotificationsHost.DrivenByHand(Now);

    public void Dispose() => factory.Dispose();

    private HttpClient Admin => factory.CreateClientAs(ClinicRoles.Admin);

    [Fact]
    public async Task Given_messages_for_two_patients_When_staff_filter_the_log_Then_only_the_matching_ones_come_back_newest_first()
    {
        var ana = AppointmentEvents.Snapshot(Now.AddDays(3));
        var ben = AppointmentEvents.Snapshot(Now.AddDays(4), email: "ben@example.com", phone: "699 000 111");
        await factory.PublishAsync(new AppointmentBooked(ana, true, false) { OccurredAt = Now });
        factory.Clock!.Advance(TimeSpan.FromMinutes(10));
        await factory.PublishAsync(new AppointmentBooked(ben, true, false) { OccurredAt = Now.AddMinutes(10) });
        await factory.DeliverDueMessagesAsync();
        var provider = factory.CreateClientAs(ClinicRoles.Provider);

        var anaLog = await (await provider.GetAsync($"/api/admin/notifications/messages?patientId={ana.PatientId}")).ShouldBeJsonAsync<NotificationMessagePage>();
        anaLog.Total.ShouldBe(4);
        anaLog.Items.ShouldAllBe(m => m.PatientId == ana.PatientId);

        var sentEmails = await (await provider.GetAsync("/api/admin/notifications/messages?channel=Email&status=Sent")).ShouldBeJsonAsync<NotificationMessagePage>();
        sentEmails.Items.Select(m => m.Recipient).ShouldBe(["ben@example.com", AppointmentEvents.PatientEmail]);
        sentEmails.Items.ShouldAllBe(m => m.Type == NotificationType.AppointmentConfirmation && m.SentAt != null && m.NextAttemptAt == null);

        var waiting = await (await provider.GetAsync("/api/admin/notifications/messages?status=Queued")).ShouldBeJsonAsync<NotificationMessagePage>();
        waiting.Items.ShouldAllBe(m => m.Type == NotificationType.AppointmentReminder && m.NextAttemptAt == m.SendAt);
        waiting.Total.ShouldBe(4);

        var from = Uri.EscapeDataString(Now.AddMinutes(5).ToString("O"));
        var later = await (await provider.GetAsync($"/api/admin/notifications/messages?from={from}")).ShouldBeJsonAsync<NotificationMessagePage>();
        later.Items.ShouldAllBe(m => m.PatientId == ben.PatientId);
        later.Total.ShouldBe(4);

        var byPhone = await (await provider.GetAsync("/api/admin/notifications/messages?recipient=699%20000%20111&type=AppointmentConfirmation")).ShouldBeJsonAsync<NotificationMessagePage>();
        byPhone.Items.ShouldHaveSingleItem().SmsText.ShouldNotBeNull().ShouldStartWith("Clinica Lumina: cita confirmada");

        var byEmail = await (await provider.GetAsync("/api/admin/notifications/messages?recipient=BEN@Example.com")).ShouldBeJsonAsync<NotificationMessagePage>();
        byEmail.Items.Select(m => m.Recipient).Distinct().ShouldBe(["ben@example.com"]);
        byEmail.Total.ShouldBe(2);

        var page = await (await provider.GetAsync("/api/admin/notifications/messages?skip=1&take=2")).ShouldBeJsonAsync<NotificationMessagePage>();
        page.Total.ShouldBe(8);
        page.Items.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Given_a_sent_email_When_staff_open_it_Then_they_see_the_rendered_html_text_and_calendar_file()
    {
        await factory.PublishAsync(new AppointmentBooked(AppointmentEvents.Snapshot(Now.AddDays(3)), true, false) { OccurredAt = Now });
        await factory.DeliverDueMessagesAsync();
        var email = await factory.MessageAsync(NotificationType.AppointmentConfirmation, MessageChannel.Email);

        var details = await (await factory.CreateClientAs(ClinicRoles.FrontDesk).GetAsync($"/api/admin/notifications/messages/{email.Id}"))
            .ShouldBeJsonAsync<NotificationMessageDetails>();

        details.Summary.Status.ShouldBe(MessageStatus.Sent);
        details.Summary.Subject.ShouldBe("Cita confirmada: miércoles 13 de marzo a las 10:00");
        details.HtmlBody.ShouldNotBeNull().ShouldContain("Tu cita está confirmada");
        details.TextBody.ShouldContain("Profesional: Marta Sánchez");
        details.CalendarFile.ShouldNotBeNull().ShouldContain("METHOD:REQUEST");
        details.ProviderMessageId.ShouldNotBeNull().ShouldEndWith(".eml");
        File.Exists(Path.Combine(MailFolder.PathOf(factory), details.ProviderMessageId)).ShouldBeTrue();
        details.ContentRedacted.ShouldBeFalse();
    }

    [Fact]
    public async Task Given_the_development_sms_adapter_When_staff_read_a_one_time_code_Then_it_is_readable_for_browser_tests()
    {
        await factory.PublishAsync(new PhoneVerificationCodeRequested("612 345 678", "904417", "es", Now.AddMinutes(10)) { OccurredAt = Now });
        await factory.DeliverDueMessagesAsync();

        var log = await (await Admin.GetAsync($"/api/admin/notifications/messages?recipient={Uri.EscapeDataString("+34 612 345 678")}&type=PhoneVerificationCode"))
            .ShouldBeJsonAsync<NotificationMessagePage>();

        var sms = log.Items.ShouldHaveSingleItem();
        sms.Status.ShouldBe(MessageStatus.Sent);
        sms.SmsText.ShouldBe("Clinica Lumina: tu codigo de verificacion es 904417. Caduca en 10 min. No lo compartas con nadie.");
    }

    [Fact]
    public async Task Given_a_dead_message_When_an_admin_retries_it_Then_it_is_queued_again_and_sent()
    {
        var email = await DeadConfirmationEmailAsync();

        var retried = await (await Admin.PostAsync($"/api/admin/notifications/messages/{email.Id}/retry", null)).ShouldBeJsonAsync<NotificationMessageSummary>();
        retried.Status.ShouldBe(MessageStatus.Queued);
        retried.Attempts.ShouldBe(0);
        retried.NextAttemptAt.ShouldBe(Now);

        await factory.DeliverDueMessagesAsync();
        (await factory.MessageAsync(NotificationType.AppointmentConfirmation, MessageChannel.Email)).Status.ShouldBe(MessageStatus.Sent);
        MailFolder.Read(factory).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Given_messages_that_are_not_dead_or_do_not_exist_When_retried_Then_409_or_404_and_nothing_changes()
    {
        await factory.PublishAsync(new AppointmentBooked(AppointmentEvents.Snapshot(Now.AddDays(3)), true, false) { OccurredAt = Now });
        await factory.DeliverDueMessagesAsync();
        var sent = await factory.MessageAsync(NotificationType.AppointmentConfirmation, MessageChannel.Email);

        var conflict = await (await Admin.PostAsync($"/api/admin/notifications/messages/{sent.Id}/retry", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        conflict.Detail.ShouldBe("Only dead messages can be retried; this one is Sent.");
        await (await Admin.PostAsync($"/api/admin/notifications/messages/{Guid.NewGuid()}/retry", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await Admin.GetAsync($"/api/admin/notifications/messages/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        (await factory.MessageAsync(NotificationType.AppointmentConfirmation, MessageChannel.Email)).Status.ShouldBe(MessageStatus.Sent);
        MailFolder.Read(factory).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Given_a_dead_message_that_has_expired_When_retried_Then_422_because_it_would_be_outdated()
    {
        var email = await DeadConfirmationEmailAsync();
        factory.Clock!.SetUtcNow(Now.AddDays(4));

        var problem = await (await Admin.PostAsync($"/api/admin/notifications/messages/{email.Id}/retry", null)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.Detail.ShouldNotBeNull().ShouldContain("expired");
        (await factory.MessageAsync(NotificationType.AppointmentConfirmation, MessageChannel.Email)).Status.ShouldBe(MessageStatus.Dead);
    }

    [Fact]
    public async Task Given_the_staff_api_When_called_without_the_right_role_Then_401_or_403()
    {
        var email = await DeadConfirmationEmailAsync();

        (await factory.CreateClient().GetAsync("/api/admin/notifications/messages")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await factory.CreateClientAs(ClinicRoles.Patient).GetAsync("/api/admin/notifications/messages")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.CreateClientAs(ClinicRoles.FrontDesk).PostAsync($"/api/admin/notifications/messages/{email.Id}/retry", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.CreateClientAs(ClinicRoles.Provider).GetAsync("/api/admin/notifications/settings/reminders")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.CreateClientAs(ClinicRoles.FrontDesk).PutAsJsonAsync("/api/admin/notifications/settings/reminders", new { reminders = Array.Empty<object>() }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.MessageAsync(NotificationType.AppointmentConfirmation, MessageChannel.Email)).Status.ShouldBe(MessageStatus.Dead);
    }

    [Theory]
    [InlineData("take=0", "take")]
    [InlineData("take=201", "take")]
    [InlineData("skip=-1", "skip")]
    [InlineData("from=2030-03-10T10:00:00Z&to=2030-03-10T09:00:00Z", "to")]
    public async Task Given_a_bad_log_query_When_listed_Then_400_names_the_field(string query, string field)
    {
        var problem = await (await Admin.GetAsync($"/api/admin/notifications/messages?{query}")).ShouldBeValidationProblemAsync();

        problem.Errors.Keys.ShouldContain(field);
    }

    [Fact]
    public async Task Given_an_unknown_status_in_the_query_When_listed_Then_400_not_500()
    {
        await (await Admin.GetAsync("/api/admin/notifications/messages?status=Lost")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Given_a_new_clinic_When_reminder_settings_are_read_Then_the_default_is_24_hours_by_email_and_sms()
    {
        var settings = await (await Admin.GetAsync("/api/admin/notifications/settings/reminders")).ShouldBeJsonAsync<ReminderSettings>();

        settings.Reminders.ShouldBe([new ReminderLeadTime(24, true, true)]);
    }

    [Fact]
    public async Task Given_reminders_switched_off_When_an_appointment_is_booked_Then_none_is_scheduled()
    {
        var off = await (await Admin.PutAsJsonAsync("/api/admin/notifications/settings/reminders", new { reminders = Array.Empty<object>() })).ShouldBeJsonAsync<ReminderSettings>();
        off.Reminders.ShouldBeEmpty();

        await factory.PublishAsync(new AppointmentBooked(AppointmentEvents.Snapshot(Now.AddDays(3)), true, false) { OccurredAt = Now });

        (await factory.MessagesAsync(q => q.Where(m => m.Type == NotificationType.AppointmentReminder))).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{"reminders":[{"hoursBefore":0,"email":true,"sms":true}]}""", "reminders[0].hoursBefore")]
    [InlineData("""{"reminders":[{"hoursBefore":721,"email":true,"sms":false}]}""", "reminders[0].hoursBefore")]
    [InlineData("""{"reminders":[{"hoursBefore":24,"email":false,"sms":false}]}""", "reminders[0].channels")]
    [InlineData("""{"reminders":[{"hoursBefore":24,"email":true,"sms":false},{"hoursBefore":24,"email":false,"sms":true}]}""", "reminders")]
    [InlineData("""{"reminders":[{"hoursBefore":1,"email":true,"sms":false},{"hoursBefore":2,"email":true,"sms":false},{"hoursBefore":3,"email":true,"sms":false},{"hoursBefore":4,"email":true,"sms":false},{"hoursBefore":5,"email":true,"sms":false},{"hoursBefore":6,"email":true,"sms":false}]}""", "reminders")]
    [InlineData("""{}""", "reminders")]
    [InlineData("""{"reminders":[null]}""", "reminders[0]")]
    public async Task Given_invalid_reminder_settings_When_saved_Then_400_names_the_field_and_the_settings_stay(string body, string field)
    {
        var response = await Admin.PutAsync("/api/admin/notifications/settings/reminders", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeValidationProblemAsync();
        problem.Errors.Keys.ShouldContain(field);
        (await (await Admin.GetAsync("/api/admin/notifications/settings/reminders")).ShouldBeJsonAsync<ReminderSettings>())
            .Reminders.ShouldBe([new ReminderLeadTime(24, true, true)]);
    }

    private async Task<OutboundMessage> DeadConfirmationEmailAsync()
    {
        await factory.PublishAsync(new AppointmentBooked(AppointmentEvents.Snapshot(Now.AddDays(3), phone: null), true, false) { OccurredAt = Now });
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var email = await db.Messages.SingleAsync(m => m.Type == NotificationType.AppointmentConfirmation);
        for (var attempt = 0; attempt < 10; attempt++)
        {
            email.RecordFailure(Now, "SocketException: Connection refused", permanent: false, maxAttempts: 10, TimeSpan.Zero);
        }

        await db.SaveChangesAsync();
        email.Status.ShouldBe(MessageStatus.Dead);
        return email;
    }
}
