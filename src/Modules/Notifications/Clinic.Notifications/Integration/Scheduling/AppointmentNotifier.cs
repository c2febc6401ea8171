using Clinic.Notifications.Adapters.Email;
using Clinic.Notifications.Calendar;
using Clinic.Notifications.Delivery;
using Clinic.Notifications.Domain.Calendar;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Persistence;
using Clinic.Notifications.Templates;
using Clinic.Notifications.Templates.Appointments;
using Clinic.Scheduling.Contracts.Appointments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clinic.Notifications.Integration.Scheduling;

/// <summary>
/// What every appointment event handler needs: the patient's calendar entry kept current, the
/// message model for the templates, and queueing of emails, SMS and reminders for one appointment.
/// </summary>
internal sealed class AppointmentNotifier(
    NotificationsDbContext db,
    NotificationQueue queue,
    IOptions<ClinicBrandingOptions> clinicOptions,
    IOptions<EmailOptions> emailOptions,
    TimeProvider clock)
{
    private ClinicBranding Clinic => clinicOptions.Value.ToBranding();

    /// <summary>
    /// Brings the calendar entry up to the event's state (a new SEQUENCE). Returns null when the event
    /// is older than what the patient was already told, e.g. a booking retried after its reschedule.
    /// </summary>
    public async Task<AppointmentCalendar?> RecordChangeAsync(AppointmentSnapshot appointment, DateTimeOffset occurredAt, bool cancelled, CancellationToken cancellationToken)
    {
        var language = LanguageOf(appointment.Patient).Code();
        var calendar = await db.AppointmentCalendars.FindAsync([appointment.AppointmentId], cancellationToken);
        if (calendar is null)
        {
            calendar = AppointmentCalendar.Open(VisitOf(appointment), language, appointment.CalendarAccessToken, occurredAt, cancelled);
            db.AppointmentCalendars.Add(calendar);
            return calendar;
        }

        return calendar.TryUpdate(VisitOf(appointment), language, occurredAt, cancelled) ? calendar : null;
    }

    /// <summary>The entry as it is, opened if this module never heard of the appointment before.</summary>
    public async Task<AppointmentCalendar> CurrentAsync(AppointmentSnapshot appointment, DateTimeOffset occurredAt, CancellationToken cancellationToken) =>
        await db.AppointmentCalendars.FindAsync([appointment.AppointmentId], cancellationToken)
        ?? await RecordChangeAsync(appointment, occurredAt, cancelled: false, cancellationToken)
        ?? throw new InvalidOperationException("A new calendar entry always accepts its first state.");

    /// <summary>
    /// The entry to write a message from without changing it: the stored one, or (when this module has not recorded
    /// the appointment yet) one built from the event and not saved, so the handler that records it still opens it.
    /// </summary>
    public async Task<AppointmentCalendar> PeekAsync(AppointmentSnapshot appointment, DateTimeOffset occurredAt, CancellationToken cancellationToken) =>
        await db.AppointmentCalendars.FindAsync([appointment.AppointmentId], cancellationToken)
        ?? AppointmentCalendar.Open(VisitOf(appointment), LanguageOf(appointment.Patient).Code(), appointment.CalendarAccessToken, occurredAt, cancelled: false);

    public AppointmentMessage Compose(AppointmentCalendar calendar, PatientContact patient)
    {
        var language = LanguageOf(patient);
        return new AppointmentMessage(calendar.Visit, patient.FullName, language, Clinic, CalendarLinkBuilder.For(calendar, language, Clinic));
    }

    /// <summary>Queues an email, with a calendar file of <paramref name="calendarMethod"/> when given.</summary>
    public async Task EmailAsync(Guid eventId, NotificationType type, AppointmentMessage message, AppointmentCalendar calendar, PatientContact patient,
        EmailContent content, string? calendarMethod, CancellationToken cancellationToken, DateTimeOffset? sendAt = null, string? variant = null, bool expiresAtStart = true)
    {
        if (string.IsNullOrWhiteSpace(patient.Email))
        {
            return;
        }

        var attachment = calendarMethod is null ? null : new CalendarAttachment(calendarMethod, IcsFile.Write(
            calendar, calendarMethod, Organizer, new CalendarParty(patient.Email.Trim(), patient.FullName), message.Language, Clinic, clock.GetUtcNow()));
        await queue.EmailAsync(
            Source(eventId, type, message, sendAt, variant, expiresAtStart), patient.Email, patient.FullName,
            EmailLayout.Render(content, Clinic, message.Language), redacted: null, attachment, cancellationToken);
    }

    public Task SmsAsync(Guid eventId, NotificationType type, AppointmentMessage message, PatientContact patient, string text,
        CancellationToken cancellationToken, DateTimeOffset? sendAt = null, string? variant = null) =>
        queue.SmsAsync(Source(eventId, type, message, sendAt, variant, expiresAtStart: true), patient.Phone, patient.FullName, text, redactedText: null, cancellationToken);

    /// <summary>Plans the clinic's reminders (BY2) for the appointment; one whose time has already passed is skipped.</summary>
    public async Task ScheduleRemindersAsync(Guid eventId, AppointmentCalendar calendar, PatientContact patient, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var message = Compose(calendar, patient);
        foreach (var rule in await db.ReminderRules.AsNoTracking().OrderByDescending(r => r.HoursBefore).ToListAsync(cancellationToken))
        {
            var sendAt = rule.SendTimeFor(calendar.StartsAt);
            if (sendAt <= now)
            {
                continue;
            }

            var variant = $"{rule.HoursBefore}h";
            if (rule.ByEmail)
            {
                await EmailAsync(eventId, NotificationType.AppointmentReminder, message, calendar, patient,
                    AppointmentReminderTemplate.Email(message), calendarMethod: null, cancellationToken, sendAt, variant);
            }

            if (rule.BySms)
            {
                await SmsAsync(eventId, NotificationType.AppointmentReminder, message, patient,
                    AppointmentReminderTemplate.Sms(message), cancellationToken, sendAt, variant);
            }
        }
    }

    public Task DropRemindersAsync(Guid appointmentId, CancellationToken cancellationToken) =>
        queue.CancelPendingAsync(appointmentId, NotificationType.AppointmentReminder, cancellationToken);

    private CalendarParty Organizer => new(
        emailOptions.Value.FromAddress,
        string.IsNullOrWhiteSpace(emailOptions.Value.FromName) ? Clinic.Name : emailOptions.Value.FromName);

    private Language LanguageOf(PatientContact patient) => Languages.Resolve(patient.Language, clinicOptions.Value.DefaultLanguage);

    /// <summary>Appointment messages are pointless once the visit has begun, so they expire then instead of arriving late.</summary>
    private static MessageSource Source(Guid eventId, NotificationType type, AppointmentMessage message, DateTimeOffset? sendAt, string? variant, bool expiresAtStart) =>
        new(eventId, type, message.Language, message.Visit.PatientId, message.Visit.AppointmentId, sendAt,
            expiresAtStart ? message.Visit.StartsAt : null, variant);

    private static AppointmentVisit VisitOf(AppointmentSnapshot appointment) => new(
        appointment.AppointmentId,
        appointment.PatientId,
        string.Join(" + ", appointment.Services.Select(s => s.Name)),
        appointment.ProviderName,
        appointment.LocationName,
        appointment.LocationAddress,
        appointment.LocationPhone,
        appointment.TimeZone,
        appointment.StartsAt,
        appointment.EndsAt);
}
