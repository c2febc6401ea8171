using System.Net;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Outbox;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Features.DeliveryLog.ListNotificationMessages;
using Clinic.Scheduling.Contracts.Appointments;
using Clinic.Scheduling.Persistence;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Clinic.IntegrationTests.Notifications;

/// <summary>
/// The whole path with the embedded default and nothing driven by hand: Scheduling's outbox delivers
/// booking events, the delivery worker writes the emails to the mail folder, the log shows every message.
/// </summary>
public sealed class EmbeddedDefaultTests : IDisposable
{
    private readonly ClinicApiFactory factory = new ClinicApiFactory().With("Notifications:Delivery:PollInterval", "00:00:00.200");

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Given_the_embedded_default_When_scheduling_publishes_bookings_Then_readable_es_and_en_emails_with_invitations_land_in_the_mail_folder()
    {
        // The host's clock starts at the suite's now and runs; the visits are days after it.
        var startsAt = new DateTimeOffset(TestClock.Now.UtcDateTime.Date.AddDays(5).AddHours(9), TimeSpan.Zero);
        var spanish = AppointmentEvents.Snapshot(startsAt, language: "es");
        var english = AppointmentEvents.Snapshot(startsAt.AddHours(2), language: "en", email: "sam.taylor@example.com");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var scheduling = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
            var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            scheduling.Publish(new AppointmentBooked(spanish, true, false) { OccurredAt = now });
            scheduling.Publish(new AppointmentBooked(english, false, false) { OccurredAt = now });
            await scheduling.SaveChangesAsync();
        }

        var emails = await WaitForAsync(() => MailFolder.Read(factory), found => found.Count == 2);
        foreach (var file in Directory.GetFiles(MailFolder.PathOf(factory), "*.eml"))
        {
            File.ReadAllBytes(file).ShouldAllBe(b => b < 128, $"{file} must be 7-bit clean so any mail client opens it with its accents intact");
        }

        var es = emails.Single(m => m.To.Mailboxes.Single().Address == AppointmentEvents.PatientEmail);
        es.Subject.ShouldStartWith("Cita confirmada: ");
        es.TextBody.ShouldNotBeNull().ShouldContain("Tu cita está confirmada");
        InvitationOf(es).Events.Single().Uid.ShouldBe($"clinic-appointment-{spanish.AppointmentId:D}");
        var en = emails.Single(m => m.To.Mailboxes.Single().Address == "sam.taylor@example.com");
        en.Subject.ShouldStartWith("Appointment confirmed: ");
        InvitationOf(en).Events.Single().DtStart!.AsUtc.ShouldBe(english.StartsAt.UtcDateTime);

        var log = await WaitForAsync(
            async () => await (await factory.CreateClientAs(ClinicRoles.FrontDesk).GetAsync("/api/admin/notifications/messages")).ShouldBeJsonAsync<NotificationMessagePage>(),
            page => page.Items.Count(m => m.Status == MessageStatus.Sent) == 4);
        log.Items.Where(m => m.Type == NotificationType.AppointmentConfirmation).ShouldAllBe(m => m.Status == MessageStatus.Sent);
        log.Items.Where(m => m.Type == NotificationType.AppointmentReminder).Count(m => m.Status == MessageStatus.Queued).ShouldBe(4);
        (await factory.CreateClientAs(ClinicRoles.Admin).GetAsync("/api/admin/outbox?status=Delivered")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static Calendar InvitationOf(MimeMessage email)
    {
        var part = email.Attachments.OfType<MimePart>().Single();
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        return Calendar.Load(System.Text.Encoding.UTF8.GetString(content.ToArray()))!;
    }

    private static Task<T> WaitForAsync<T>(Func<T> read, Func<T, bool> done) => WaitForAsync(() => Task.FromResult(read()), done);

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value) || waited.Elapsed > TimeSpan.FromSeconds(30))
            {
                return value;
            }

            await Task.Delay(100);
        }
    }
}
