using Clinic.BuildingBlocks.Outbox;
using Clinic.Notifications.Calendar;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Persistence;
using Clinic.Notifications.Templates;
using Clinic.Notifications.Templates.Appointments;
using Clinic.Scheduling.Contracts.Appointments;

namespace Clinic.Notifications.Integration.Scheduling;

/// <summary>Cancelled: email with a METHOD:CANCEL calendar file and SMS; pending reminders are dropped.</summary>
internal sealed class NotifyCancelledAppointment(NotificationsDbContext db, AppointmentNotifier notifier, TimeProvider clock)
    : IntegrationEventHandler<AppointmentCancelled, NotificationsDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(AppointmentCancelled cancelled, CancellationToken cancellationToken)
    {
        var appointment = cancelled.Appointment;
        var calendar = await notifier.RecordChangeAsync(appointment, cancelled.OccurredAt, cancelled: true, cancellationToken);
        if (calendar is null)
        {
            return;
        }

        await notifier.DropRemindersAsync(appointment.AppointmentId, cancellationToken);

        var message = notifier.Compose(calendar, appointment.Patient);
        var fee = cancelled is { IsLate: true, FeeDueAmountMinor: > 0 }
            ? message.Language.Money(cancelled.FeeDueAmountMinor, cancelled.Currency)
            : null;
        await notifier.EmailAsync(cancelled.EventId, NotificationType.AppointmentCancellation, message, calendar, appointment.Patient,
            AppointmentCancellationTemplate.Email(message, cancelled.CancelledByPatient, fee), IcsFile.Cancel, cancellationToken);
        await notifier.SmsAsync(cancelled.EventId, NotificationType.AppointmentCancellation, message, appointment.Patient,
            AppointmentCancellationTemplate.Sms(message), cancellationToken);
    }
}
