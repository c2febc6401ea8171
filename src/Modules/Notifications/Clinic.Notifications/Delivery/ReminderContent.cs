using Clinic.Forms.Contracts;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Integration.Scheduling;
using Clinic.Notifications.Persistence;
using Clinic.Notifications.Templates;
using Clinic.Notifications.Templates.Appointments;
using Clinic.Scheduling.Contracts.Appointments;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Clinic.Notifications.Delivery;

/// <summary>
/// A reminder is planned at booking but says what is true when it goes: just before sending, it is rendered again
/// with the forms still pending, asked from Forms as status only (docs/adr/0017). If Forms cannot answer, the
/// reminder goes as planned rather than not at all.
/// </summary>
internal sealed class ReminderContent(
    NotificationsDbContext db, AppointmentNotifier notifier, ISender forms, IOptions<ClinicBrandingOptions> clinic, ILogger<ReminderContent> logger)
{
    public async Task RefreshAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        if (message.Type != NotificationType.AppointmentReminder || message.AppointmentId is not { } appointmentId
            || await db.AppointmentCalendars.FindAsync([appointmentId], cancellationToken) is not { } calendar)
        {
            return;
        }

        AppointmentFormsStatus status;
        try
        {
            status = await forms.Send(new GetAppointmentFormsStatus(appointmentId, message.Language), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Forms status of appointment {AppointmentId} unavailable; reminder {MessageId} goes as planned", appointmentId, message.Id);
            return;
        }

        var patient = new PatientContact(message.RecipientName ?? "", null, null, message.Language);
        var content = notifier.Compose(calendar, patient);
        if (message.Channel == MessageChannel.Email)
        {
            var email = EmailLayout.Render(AppointmentReminderTemplate.Email(content, status), clinic.Value.ToBranding(), content.Language);
            message.Rewrite(email.Subject, email.Text, email.Html);
        }
        else
        {
            message.Rewrite(null, AppointmentReminderTemplate.Sms(content, status), null);
        }
    }
}
