using System.Net;
using Clinic.BuildingBlocks.Outbox;
using Clinic.IntegrationTests.Availability;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.IntegrationTests.Notifications;
using Clinic.Scheduling.Features.Booking.ConfirmBooking;
using Clinic.Scheduling.Persistence;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Booking;

/// <summary>From the confirm button to the patient's inbox: Scheduling's outbox, Notifications' queue, MailKit, a real SMTP server.</summary>
public sealed class BookingConfirmationEmailTests : IAsyncLifetime
{
    private static readonly DateTimeOffset TenOClock = AvailabilityScenario.At(1, 10);
    private readonly TestSmtpServer smtp = TestSmtpServer.Start();
    private ClinicApiFactory factory = null!;
    private AvailabilityScenario clinic = null!;

    public async Task InitializeAsync()
    {
        factory = new ClinicApiFactory()
            .WithoutBackgroundWorkers()
            .WithSmtp(smtp);
        clinic = await AvailabilityScenario.CreateAsync(factory);
    }

    public async Task DisposeAsync()
    {
        factory.Dispose();
        await smtp.DisposeAsync();
    }

    [Fact]
    public async Task Given_a_confirmed_booking_When_events_and_messages_are_delivered_Then_the_patient_gets_an_email_in_their_language_with_a_valid_invitation()
    {
        var browser = factory.CreateBrowserClient();
        var flow = new BookingFlow(clinic);
        var hold = await flow.HoldAsync(browser, TenOClock, clinic.Bea, clinic.ServiceA);
        var booking = BookingFlow.Booking(hold, BookingFlow.Guest("grace@example.com", language: "en"), await flow.VerifyPhoneAsync(browser));
        var confirmation = await (await BookingFlow.ConfirmAsync(browser, booking)).ShouldBeJsonAsync<BookingConfirmation>();

        await factory.Services.GetRequiredService<OutboxProcessor<SchedulingDbContext>>().ProcessBatchAsync(CancellationToken.None);
        await factory.DeliverDueMessagesAsync();

        var email = smtp.Received.Single(m => m.To.Mailboxes.Any(to => to.Address == "grace@example.com") && m.Subject?.StartsWith("Appointment confirmed", StringComparison.Ordinal) == true);
        email.TextBody!.ShouldContain("Bea");
        email.TextBody!.ShouldContain("10:00");
        var invitation = email.Attachments.OfType<MimeKit.MimePart>().Single(a => a.ContentType.MimeType == "text/calendar");
        using var content = new MemoryStream();
        await invitation.Content!.DecodeToAsync(content);
        var calendar = Calendar.Load(System.Text.Encoding.UTF8.GetString(content.ToArray()))!;
        var visit = calendar.Events.Single();
        visit.Start!.AsUtc.ShouldBe(TenOClock.UtcDateTime);
        visit.End!.AsUtc.ShouldBe(TenOClock.AddHours(1).UtcDateTime);

        var download = await factory.CreateClient().GetAsync(confirmation.Appointments.Single().CalendarUrl);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsStringAsync()).ShouldContain("BEGIN:VCALENDAR");
    }
}
