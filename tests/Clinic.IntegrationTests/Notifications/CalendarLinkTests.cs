using System.Net;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Notifications.Domain.Messages;
using Clinic.Scheduling.Contracts.Appointments;
using Ical.Net;

namespace Clinic.IntegrationTests.Notifications;

/// <summary>The public "add to calendar" download: anyone with the emailed link, nobody without it.</summary>
public sealed class CalendarLinkTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2030, 3, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset StartsAt = new(2030, 3, 13, 9, 0, 0, TimeSpan.Zero);

    private readonly ClinicApiFactory factory = NotificationsHost.DrivenByHand(Now);

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Given_the_link_from_a_confirmation_email_When_opened_without_logging_in_Then_it_serves_the_current_calendar_entry()
    {
        var appointment = AppointmentEvents.Snapshot(StartsAt, language: "en");
        await factory.PublishAsync(new AppointmentBooked(appointment, true, false) { OccurredAt = Now });
        var link = await DownloadLinkAsync();
        link.ShouldStartWith("http://localhost:5080/api/calendar/");

        var response = await factory.CreateClient().GetAsync(new Uri(link).PathAndQuery);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe("appointment.ics");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
        calendar.Method.ShouldBe("PUBLISH");
        var entry = calendar.Events.Single();
        entry.Uid.ShouldBe($"clinic-appointment-{appointment.AppointmentId:D}");
        entry.DtStart!.AsUtc.ShouldBe(StartsAt.UtcDateTime);
        entry.Status.ShouldBe("CONFIRMED");
    }

    [Fact]
    public async Task Given_an_appointment_moved_and_then_cancelled_When_its_link_is_opened_Then_the_entry_shows_the_latest_state()
    {
        var appointment = AppointmentEvents.Snapshot(StartsAt);
        await factory.PublishAsync(new AppointmentBooked(appointment, true, false) { OccurredAt = Now });
        var link = new Uri(await DownloadLinkAsync()).PathAndQuery;
        var moved = appointment.MovedTo(StartsAt.AddDays(1));
        await factory.PublishAsync(new AppointmentRescheduled(moved, appointment.StartsAt, appointment.EndsAt) { OccurredAt = Now.AddMinutes(1) });
        var afterMove = Calendar.Load(await factory.CreateClient().GetStringAsync(link))!.Events.Single();
        await factory.PublishAsync(new AppointmentCancelled(moved, false, false, 0, "EUR", null) { OccurredAt = Now.AddMinutes(2) });

        var afterCancel = Calendar.Load(await factory.CreateClient().GetStringAsync(link))!.Events.Single();

        afterMove.DtStart!.AsUtc.ShouldBe(StartsAt.AddDays(1).UtcDateTime);
        afterMove.Sequence.ShouldBe(1);
        afterCancel.Status.ShouldBe("CANCELLED");
        afterCancel.Sequence.ShouldBe(2);
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not-a-token")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public async Task Given_a_token_that_was_never_issued_When_the_link_is_opened_Then_404_reveals_nothing(string token)
    {
        await factory.PublishAsync(new AppointmentBooked(AppointmentEvents.Snapshot(StartsAt), true, false) { OccurredAt = Now });

        var problem = await (await factory.CreateClient().GetAsync($"/api/calendar/{token}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        problem.Detail.ShouldBe("This calendar link is not valid.");
    }

    [Fact]
    public async Task Given_two_appointments_When_their_links_are_issued_Then_each_has_its_own_unguessable_token()
    {
        await factory.PublishAsync(new AppointmentBooked(AppointmentEvents.Snapshot(StartsAt), true, false) { OccurredAt = Now });
        await factory.PublishAsync(new AppointmentBooked(AppointmentEvents.Snapshot(StartsAt.AddDays(1), email: "other@example.com"), true, false) { OccurredAt = Now });

        var tokens = (await factory.MessagesAsync(q => q.Where(m => m.Type == NotificationType.AppointmentConfirmation && m.Channel == MessageChannel.Email)))
            .Select(m => LinkIn(m.TextBody)[(LinkIn(m.TextBody).LastIndexOf('/') + 1)..]).ToList();

        tokens.Distinct().Count().ShouldBe(2);
        tokens.ShouldAllBe(t => t.Length == 43 && Convert.FromBase64String(t.Replace('-', '+').Replace('_', '/') + "=").Length == 32);
    }

    private async Task<string> DownloadLinkAsync() =>
        LinkIn((await factory.MessageAsync(NotificationType.AppointmentConfirmation, MessageChannel.Email)).TextBody);

    private static string LinkIn(string text) =>
        text.Split('\n').Select(line => line.Trim()).Single(line => line.Contains("/api/calendar/", StringComparison.Ordinal)).Split(": ")[1];
}
