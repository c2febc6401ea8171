using Clinic.IntegrationTests.Infrastructure;
using Clinic.Notifications.Domain.Messages;
using Clinic.Scheduling.Contracts.Appointments;
using Ical.Net;
using MimeKit;

namespace Clinic.IntegrationTests.Notifications;

/// <summary>Email through MailKit to a real SMTP server started inside the test.</summary>
public sealed class SmtpDeliveryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2030, 3, 10, 9, 0, 0, TimeSpan.Zero);

    // 10:30 in Madrid (CET, UTC+1) on Tuesday 12 March 2030.
    private static readonly DateTimeOffset StartsAt = new(2030, 3, 12, 9, 30, 0, TimeSpan.Zero);

    private readonly TestSmtpServer smtp = TestSmtpServer.Start();
    private ClinicApiFactory factory = null!;

    public Task InitializeAsync()
    {
        factory = NotificationsHost.DrivenByHand(Now).WithSmtp(smtp);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        factory.Dispose();
        await smtp.DisposeAsync();
    }

    [Fact]
    public async Task Given_a_booking_in_spanish_When_delivered_over_smtp_Then_the_patient_receives_a_confirmation_with_both_bodies_and_a_valid_invitation()
    {
        var appointment = AppointmentEvents.Snapshot(StartsAt, language: "es");

        await factory.PublishAsync(new AppointmentBooked(appointment, IsPatientsFirstBooking: true, BookedByStaff: false) { OccurredAt = Now });
        await factory.DeliverDueMessagesAsync();

        var email = smtp.Received.ShouldHaveSingleItem();
        smtp.AuthenticatedUsers.ShouldContain(TestSmtpServer.UserName);
        email.Subject.ShouldBe("Cita confirmada: martes 12 de marzo a las 10:30");
        email.From.Mailboxes.Single().Address.ShouldBe("citas@clinica-lumina.example");
        email.From.Mailboxes.Single().Name.ShouldBe("Clínica Lumina");
        email.To.Mailboxes.Single().Address.ShouldBe(AppointmentEvents.PatientEmail);
        email.To.Mailboxes.Single().Name.ShouldBe("Lucía Moreno Ruiz");
        email.Body!.Headers[HeaderId.ContentLanguage].ShouldBe("es");
        var text = email.TextBody!;
        var html = email.HtmlBody!;

        text.ShouldContain("Hola, Lucía:");
        text.ShouldContain("Fecha: martes, 12 de marzo de 2030");
        text.ShouldContain("Hora: 10:30–11:15 (hora de Madrid, GMT+1)");
        text.ShouldContain("Profesional: Marta Sánchez");
        text.ShouldContain("Dirección: Calle de Serrano 45, 28001 Madrid");
        html.ShouldContain("<html lang=\"es\">");
        html.ShouldContain("Tu cita está confirmada");
        html.ShouldContain("10:30–11:15 (hora de Madrid, GMT+1)");
        html.ShouldContain("https://calendar.google.com/calendar/render?action=TEMPLATE");
        html.ShouldContain("20300312T093000Z/20300312T101500Z");

        var attachment = email.Attachments.OfType<MimePart>().ShouldHaveSingleItem();
        attachment.FileName.ShouldBe("cita.ics");
        attachment.ContentType.MimeType.ShouldBe("text/calendar");
        attachment.ContentType.Parameters["method"].ShouldBe("REQUEST");
        var calendar = ParseCalendar(attachment);
        calendar.Method.ShouldBe("REQUEST");
        var entry = calendar.Events.ShouldHaveSingleItem();
        entry.Uid.ShouldBe($"clinic-appointment-{appointment.AppointmentId:D}");
        entry.Sequence.ShouldBe(0);
        entry.DtStart!.AsUtc.ShouldBe(StartsAt.UtcDateTime);
        entry.DtEnd!.AsUtc.ShouldBe(StartsAt.AddMinutes(45).UtcDateTime);
        entry.Location.ShouldBe("Lumina Madrid · Salamanca, Calle de Serrano 45, 28001 Madrid");
        entry.Attendees.ShouldHaveSingleItem().Value.ShouldNotBeNull().ToString().ShouldBe($"mailto:{AppointmentEvents.PatientEmail}");

        var logged = await factory.MessageAsync(NotificationType.AppointmentConfirmation, MessageChannel.Email);
        logged.Status.ShouldBe(MessageStatus.Sent);
        logged.Attempts.ShouldBe(1);
        logged.ProviderMessageId.ShouldBe(email.MessageId);
    }

    [Fact]
    public async Task Given_a_patient_who_reads_english_When_the_booking_is_confirmed_Then_subject_bodies_and_invitation_are_in_english()
    {
        var appointment = AppointmentEvents.Snapshot(StartsAt, language: "en");

        await factory.PublishAsync(new AppointmentBooked(appointment, IsPatientsFirstBooking: false, BookedByStaff: true) { OccurredAt = Now });
        await factory.DeliverDueMessagesAsync();

        var email = smtp.Received.ShouldHaveSingleItem();
        email.Subject.ShouldBe("Appointment confirmed: Tuesday 12 March at 10:30");
        email.Body!.Headers[HeaderId.ContentLanguage].ShouldBe("en");
        var text = email.TextBody!;
        var html = email.HtmlBody!;
        text.ShouldContain("Hello Lucía,");
        text.ShouldContain("Date: Tuesday, 12 March 2030");
        text.ShouldContain("Time: 10:30–11:15 (Madrid time, GMT+1)");
        text.ShouldNotContain("Hola");
        html.ShouldContain("<html lang=\"en\">");
        html.ShouldContain("Your appointment is confirmed");
        var attachment = email.Attachments.OfType<MimePart>().ShouldHaveSingleItem();
        attachment.FileName.ShouldBe("appointment.ics");
        ParseCalendar(attachment).Events.Single().Summary.ShouldBe("Appointment: Hydrafacial · Clínica Lumina");
    }

    [Fact]
    public async Task Given_the_smtp_server_is_down_When_messages_are_due_Then_they_wait_and_retry_and_once_it_is_back_each_arrives_exactly_once()
    {
        await smtp.StopAsync();
        var appointments = Enumerable.Range(0, 5).Select(i => AppointmentEvents.Snapshot(StartsAt.AddHours(i), email: $"patient{i}@example.com")).ToList();
        foreach (var appointment in appointments)
        {
            await factory.PublishAsync(new AppointmentBooked(appointment, true, false) { OccurredAt = Now });
        }

        await factory.DeliverDueMessagesAsync();
        var waiting = await factory.MessagesAsync(q => q.Where(m => m.Channel == MessageChannel.Email && m.Type == NotificationType.AppointmentConfirmation));
        waiting.Count.ShouldBe(5);
        waiting.ShouldAllBe(m => m.Status == MessageStatus.Failed && m.Attempts == 1 && m.NextAttemptAt > Now && m.LastError!.Length > 0);

        factory.Clock!.Advance(TimeSpan.FromMinutes(2));
        await factory.DeliverDueMessagesAsync();
        (await factory.MessagesAsync(q => q.Where(m => m.Channel == MessageChannel.Email && m.Type == NotificationType.AppointmentConfirmation)))
            .ShouldAllBe(m => m.Status == MessageStatus.Failed && m.Attempts == 2, "still down: a second attempt failed and another is scheduled");

        smtp.Resume();
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await factory.DeliverDueMessagesAsync();
        factory.Clock.Advance(TimeSpan.FromHours(1));
        await factory.DeliverDueMessagesAsync();

        smtp.Received.Select(m => m.To.Mailboxes.Single().Address).Order()
            .ShouldBe(appointments.Select(a => a.Patient.Email!).Order(), "every confirmation arrived, none twice");
        smtp.Received.Select(m => m.MessageId).Distinct().Count().ShouldBe(5);
        (await factory.MessagesAsync(q => q.Where(m => m.Channel == MessageChannel.Email && m.Type == NotificationType.AppointmentConfirmation)))
            .ShouldAllBe(m => m.Status == MessageStatus.Sent && m.Attempts == 3 && m.LastError == null);
    }

    [Fact]
    public async Task Given_a_mailbox_the_server_refuses_for_good_When_sent_Then_the_message_is_dead_at_once_with_the_reason()
    {
        smtp.RejectedRecipients["gone@example.com"] = true;

        await factory.PublishAsync(new AppointmentBooked(AppointmentEvents.Snapshot(StartsAt, email: "gone@example.com"), true, false) { OccurredAt = Now });
        await factory.DeliverDueMessagesAsync();

        var dead = await factory.MessageAsync(NotificationType.AppointmentConfirmation, MessageChannel.Email);
        dead.Status.ShouldBe(MessageStatus.Dead);
        dead.Attempts.ShouldBe(1);
        dead.LastError.ShouldNotBeNull().ShouldContain("refused");
        dead.LastError.ShouldContain("550");
        smtp.Received.ShouldBeEmpty();
    }

    private static Calendar ParseCalendar(MimePart attachment)
    {
        using var content = new MemoryStream();
        attachment.Content!.DecodeTo(content);
        return Calendar.Load(System.Text.Encoding.UTF8.GetString(content.ToArray()))!;
    }
}
