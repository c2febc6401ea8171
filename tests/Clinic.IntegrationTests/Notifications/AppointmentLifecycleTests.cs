using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Features.Reminders;
using Clinic.Scheduling.Contracts.Appointments;
using Ical.Net;

namespace Clinic.IntegrationTests.Notifications;

/// <summary>What each appointment event sends and schedules, with the embedded development adapters and a fake clock.</summary>
public sealed class AppointmentLifecycleTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2030, 3, 10, 9, 0, 0, TimeSpan.Zero);

    // Wednesday 13 March 2030, 10:00 in Madrid (CET).
    private static readonly DateTimeOffset StartsAt = new(2030, 3, 13, 9, 0, 0, TimeSpan.Zero);

    private readonly ClinicApiFactory factory = NotificationsHost.DrivenByHand(Now);

    public void Dispose() => factory.Dispose();

    private DateTimeOffset Clock => factory.Clock!.GetUtcNow();

    [Fact]
    public async Task Given_a_booking_When_it_is_handled_Then_confirmations_go_out_now_and_reminders_are_set_24_hours_before()
    {
        var appointment = AppointmentEvents.Snapshot(StartsAt);

        await factory.PublishAsync(new AppointmentBooked(appointment, true, false) { OccurredAt = Clock });

        var messages = await factory.MessagesAsync();
        messages.Select(m => (m.Type, m.Channel, m.SendAt)).ShouldBe(
        [
            (NotificationType.AppointmentConfirmation, MessageChannel.Email, Now),
            (NotificationType.AppointmentConfirmation, MessageChannel.Sms, Now),
            (NotificationType.AppointmentReminder, MessageChannel.Email, StartsAt.AddHours(-24)),
            (NotificationType.AppointmentReminder, MessageChannel.Sms, StartsAt.AddHours(-24)),
        ]);
        messages.ShouldAllBe(m => m.Status == MessageStatus.Queued && m.AppointmentId == appointment.AppointmentId
                                  && m.PatientId == appointment.PatientId && m.ExpiresAt == StartsAt);
        messages.Where(m => m.Channel == MessageChannel.Sms).ShouldAllBe(m => m.Recipient == AppointmentEvents.PatientPhoneE164);
    }

    [Fact]
    public async Task Given_reminders_are_set_When_the_clock_reaches_them_Then_they_are_sent_then_and_not_before()
    {
        await factory.PublishAsync(new AppointmentBooked(AppointmentEvents.Snapshot(StartsAt), true, false) { OccurredAt = Clock });

        (await factory.DeliverDueMessagesAsync()).ShouldBe(2, "only the confirmations are due");
        factory.Clock!.SetUtcNow(StartsAt.AddHours(-24).AddSeconds(-1));
        (await factory.DeliverDueMessagesAsync()).ShouldBe(0);
        factory.Clock.SetUtcNow(StartsAt.AddHours(-24));
        (await factory.DeliverDueMessagesAsync()).ShouldBe(2);

        var reminders = await factory.MessagesAsync(q => q.Where(m => m.Type == NotificationType.AppointmentReminder));
        reminders.ShouldAllBe(m => m.Status == MessageStatus.Sent && m.SentAt == StartsAt.AddHours(-24));
        var email = MailFolder.Read(factory).Single(m => m.Subject!.StartsWith("Recordatorio", StringComparison.Ordinal));
        email.Subject.ShouldBe("Recordatorio: tu cita el miércoles 13 de marzo a las 10:00");
        email.TextBody.ShouldNotBeNull().ShouldContain("Hora: 10:00–10:45 (hora de Madrid, GMT+1)");
        reminders.Single(m => m.Channel == MessageChannel.Sms).TextBody
            .ShouldBe("Clinica Lumina: te recordamos tu cita el mié 13/03 a las 10:00 (hora de Madrid) en Lumina Madrid - Salamanca. Si no puedes venir, llama al +34 910 123 456");
    }

    [Theory]
    [InlineData("2030-03-31T10:00:00", "2030-03-30T08:00:00Z", "GMT+2")] // clocks go forward that night: 24 h before is 09:00 on the Saturday, not 10:00
    [InlineData("2030-04-01T10:00:00", "2030-03-31T08:00:00Z", "GMT+2")] // the day after the change: both ends in summer time
    [InlineData("2030-10-27T10:00:00", "2030-10-26T09:00:00Z", "GMT+1")] // clocks go back that night: 24 h before is 11:00 on the Saturday
    public async Task Given_an_appointment_next_to_a_dst_change_When_its_24_hour_reminder_is_planned_Then_it_fires_exactly_24_hours_before(
        string localStart, string expectedReminderUtc, string offsetShown)
    {
        var madrid = TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid");
        var local = DateTime.Parse(localStart, System.Globalization.CultureInfo.InvariantCulture);
        var startsAt = new DateTimeOffset(local, madrid.GetUtcOffset(local)).ToUniversalTime();
        var expected = DateTimeOffset.Parse(expectedReminderUtc, System.Globalization.CultureInfo.InvariantCulture);
        factory.Clock!.SetUtcNow(startsAt.AddDays(-5));

        await factory.PublishAsync(new AppointmentBooked(AppointmentEvents.Snapshot(startsAt), true, false) { OccurredAt = Clock });
        await factory.DeliverDueMessagesAsync();

        (startsAt - expected).ShouldBe(TimeSpan.FromHours(24));
        var reminder = await factory.MessageAsync(NotificationType.AppointmentReminder, MessageChannel.Email);
        reminder.SendAt.ShouldBe(expected);
        factory.Clock.SetUtcNow(expected.AddMinutes(-1));
        (await factory.DeliverDueMessagesAsync()).ShouldBe(0);
        factory.Clock.SetUtcNow(expected);
        (await factory.DeliverDueMessagesAsync()).ShouldBe(2);
        (await factory.MessageAsync(NotificationType.AppointmentReminder, MessageChannel.Email)).TextBody
            .ShouldContain($"10:00–10:45 (hora de Madrid, {offsetShown})");
    }

    [Fact]
    public async Task Given_a_booking_less_than_24_hours_ahead_When_handled_Then_it_is_confirmed_without_a_reminder()
    {
        await factory.PublishAsync(new AppointmentBooked(AppointmentEvents.Snapshot(Now.AddHours(5)), true, false) { OccurredAt = Clock });

        (await factory.MessagesAsync()).ShouldAllBe(m => m.Type == NotificationType.AppointmentConfirmation);
    }

    [Fact]
    public async Task Given_a_booked_appointment_When_rescheduled_Then_its_reminders_move_and_the_invitation_updates_the_same_calendar_entry()
    {
        var booked = AppointmentEvents.Snapshot(StartsAt);
        await factory.PublishAsync(new AppointmentBooked(booked, true, false) { OccurredAt = Clock });
        factory.Clock!.Advance(TimeSpan.FromHours(1));
        var newStart = StartsAt.AddDays(2).AddHours(2);

        await factory.PublishAsync(new AppointmentRescheduled(booked.MovedTo(newStart), booked.StartsAt, booked.EndsAt) { OccurredAt = Clock });

        var reminders = await factory.MessagesAsync(q => q.Where(m => m.Type == NotificationType.AppointmentReminder));
        reminders.Where(m => m.SendAt == StartsAt.AddHours(-24)).ShouldAllBe(m => m.Status == MessageStatus.Cancelled);
        reminders.Where(m => m.Status == MessageStatus.Queued).Select(m => m.SendAt).ShouldBe([newStart.AddHours(-24), newStart.AddHours(-24)]);

        var confirmation = Calendar.Load((await factory.MessageAsync(NotificationType.AppointmentConfirmation, MessageChannel.Email)).CalendarFile!)!.Events.Single();
        var update = await factory.MessageAsync(NotificationType.AppointmentRescheduled, MessageChannel.Email);
        update.Subject.ShouldBe("Tu cita ha cambiado: viernes 15 de marzo a las 12:00");
        update.TextBody.ShouldContain("Antes: miércoles, 13 de marzo de 2030, 10:00 (hora de Madrid, GMT+1)");
        var calendar = Calendar.Load(update.CalendarFile!)!;
        calendar.Method.ShouldBe("REQUEST");
        var entry = calendar.Events.Single();
        entry.Uid.ShouldBe(confirmation.Uid);
        entry.Sequence.ShouldBe(confirmation.Sequence + 1);
        entry.DtStart!.AsUtc.ShouldBe(newStart.UtcDateTime);
        (await factory.MessageAsync(NotificationType.AppointmentRescheduled, MessageChannel.Sms)).TextBody
            .ShouldStartWith("Clinica Lumina: tu cita ha cambiado al vie 15/03 a las 12:00 (hora de Madrid)");
    }

    [Fact]
    public async Task Given_a_rescheduled_appointment_When_cancelled_late_Then_reminders_are_dropped_and_a_cancel_invitation_removes_the_entry()
    {
        var booked = AppointmentEvents.Snapshot(StartsAt);
        await factory.PublishAsync(new AppointmentBooked(booked, true, false) { OccurredAt = Clock });
        factory.Clock!.Advance(TimeSpan.FromHours(1));
        var moved = booked.MovedTo(StartsAt.AddDays(1));
        await factory.PublishAsync(new AppointmentRescheduled(moved, booked.StartsAt, booked.EndsAt) { OccurredAt = Clock });
        factory.Clock.Advance(TimeSpan.FromHours(1));

        await factory.PublishAsync(new AppointmentCancelled(moved, CancelledByPatient: true, IsLate: true, FeeDueAmountMinor: 2500, Currency: "EUR", PolicyVersion: 3) { OccurredAt = Clock });

        (await factory.MessagesAsync(q => q.Where(m => m.Type == NotificationType.AppointmentReminder)))
            .ShouldAllBe(m => m.Status == MessageStatus.Cancelled);
        var cancellation = await factory.MessageAsync(NotificationType.AppointmentCancellation, MessageChannel.Email);
        cancellation.Subject.ShouldBe("Cita cancelada: jueves 14 de marzo a las 10:00");
        cancellation.TextBody.ShouldContain("Has cancelado tu cita");
        cancellation.TextBody.ShouldContain("esta cancelación tiene un cargo de 25,00 €. Te escribiremos aparte");
        cancellation.CalendarMethod.ShouldBe("CANCEL");
        var calendar = Calendar.Load(cancellation.CalendarFile!)!;
        calendar.Method.ShouldBe("CANCEL");
        var entry = calendar.Events.Single();
        entry.Uid.ShouldBe($"clinic-appointment-{booked.AppointmentId:D}");
        entry.Sequence.ShouldBe(2);
        entry.Status.ShouldBe("CANCELLED");
        (await factory.MessageAsync(NotificationType.AppointmentCancellation, MessageChannel.Sms)).TextBody
            .ShouldBe("Clinica Lumina: tu cita del jue 14/03 a las 10:00 (hora de Madrid) ha sido cancelada. Para reservar otra llama al +34 910 123 456");
    }

    [Theory]
    [InlineData("started")]
    [InlineData("no-show")]
    [InlineData("completed")]
    public async Task Given_pending_reminders_When_the_appointment_starts_is_missed_or_completes_Then_they_are_dropped(string outcome)
    {
        var appointment = AppointmentEvents.Snapshot(StartsAt);
        await factory.PublishAsync(new AppointmentBooked(appointment, true, false) { OccurredAt = Clock });
        factory.Clock!.Advance(TimeSpan.FromHours(1));

        await factory.PublishAsync(outcome switch
        {
            "started" => new AppointmentStarted(appointment, Clock) { OccurredAt = Clock },
            "no-show" => new AppointmentNoShow(appointment) { OccurredAt = Clock },
            _ => new AppointmentCompleted(appointment, Clock) { OccurredAt = Clock },
        });

        (await factory.MessagesAsync(q => q.Where(m => m.Type == NotificationType.AppointmentReminder)))
            .ShouldAllBe(m => m.Status == MessageStatus.Cancelled);
        (await factory.MessagesAsync(q => q.Where(m => m.Type == NotificationType.PostTreatment))).Count.ShouldBe(outcome == "completed" ? 1 : 0);
    }

    [Fact]
    public async Task Given_a_completed_visit_When_handled_Then_the_patient_gets_a_thank_you_and_aftercare_email()
    {
        var appointment = AppointmentEvents.Snapshot(StartsAt, language: "en");
        factory.Clock!.SetUtcNow(StartsAt.AddHours(1));

        await factory.PublishAsync(new AppointmentCompleted(appointment, Clock) { OccurredAt = Clock });
        await factory.DeliverDueMessagesAsync();

        var email = MailFolder.Read(factory).ShouldHaveSingleItem();
        email.Subject.ShouldBe("Thank you for your visit: caring for yourself after treatment");
        email.TextBody.ShouldNotBeNull().ShouldContain("Thank you for trusting Clínica Lumina with your Hydrafacial treatment on Wednesday, 13 March 2030.");
        email.TextBody.ShouldContain("Please follow the advice Marta Sánchez gave you during your visit.");
        email.Attachments.ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_a_reschedule_already_handled_When_the_older_booking_event_arrives_late_Then_nothing_is_sent_for_the_outdated_time()
    {
        var booked = AppointmentEvents.Snapshot(StartsAt);
        var bookedEvent = new AppointmentBooked(booked, true, false) { OccurredAt = Clock };
        var rescheduledEvent = new AppointmentRescheduled(booked.MovedTo(StartsAt.AddDays(1)), booked.StartsAt, booked.EndsAt) { OccurredAt = Clock.AddMinutes(5) };

        await factory.PublishAsync(rescheduledEvent);
        await factory.PublishAsync(bookedEvent);

        var messages = await factory.MessagesAsync();
        messages.ShouldNotContain(m => m.Type == NotificationType.AppointmentConfirmation);
        messages.Where(m => m.Type == NotificationType.AppointmentReminder).ShouldAllBe(m => m.SendAt == StartsAt.AddDays(1).AddHours(-24));
    }

    [Fact]
    public async Task Given_new_reminder_settings_When_an_appointment_is_booked_Then_its_reminders_follow_them()
    {
        var admin = factory.CreateClientAs(ClinicRoles.Admin);
        var saved = await (await admin.PutAsJsonAsync("/api/admin/notifications/settings/reminders",
                new { reminders = new[] { new { hoursBefore = 2, email = false, sms = true }, new { hoursBefore = 48, email = true, sms = false } } }))
            .ShouldBeJsonAsync<ReminderSettings>();
        saved.Reminders.ShouldBe([new ReminderLeadTime(48, true, false), new ReminderLeadTime(2, false, true)]);

        await factory.PublishAsync(new AppointmentBooked(AppointmentEvents.Snapshot(StartsAt), true, false) { OccurredAt = Clock });

        (await factory.MessagesAsync(q => q.Where(m => m.Type == NotificationType.AppointmentReminder)))
            .Select(m => (m.Channel, m.SendAt)).ShouldBe([(MessageChannel.Email, StartsAt.AddHours(-48)), (MessageChannel.Sms, StartsAt.AddHours(-2))]);
    }
}
