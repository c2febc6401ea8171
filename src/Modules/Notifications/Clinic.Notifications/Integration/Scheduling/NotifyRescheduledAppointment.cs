using Clinic.BuildingBlocks.Outbox;
using Clinic.Notifications.Calendar;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Persistence;
using Clinic.Notifications.Templates.Appointments;
using Clinic.Scheduling.Contracts.Appointments;

namespace Clinic.Notifications.Integration.Scheduling;

/// <summary>Rescheduled: email (same calendar UID, next SEQUENCE) and SMS with the new time; the reminders move with it.</summary>
internal sealed class NotifyRescheduledAppointment(NotificationsDbContext db, AppointmentNotifier notifier, TimeProvider clock)
    : IntegrationEventHandler<AppointmentRescheduled, NotificationsDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(AppointmentRescheduled rescheduled, CancellationToken cancellationToken)
    {
        var appointment = rescheduled.Appointment;
        var calendar = await notifier.RecordChangeAsync(appointment, rescheduled.OccurredAt, cancelled: false, cancellationToken);
        if (calendar is null)
        {
            return;
        }

        var message = notifier.Compose(calendar, appointment.Patient);
        await notifier.DropRemindersAsync(appointment.AppointmentId, cancellationToken);
        await notifier.EmailAsync(rescheduled.EventId, NotificationType.AppointmentRescheduled, message, calendar, appointment.Patient,
            AppointmentRescheduledTemplate.Email(message, rescheduled.PreviousStartsAt), IcsFile.Request, cancellationToken);
        await notifier.SmsAsync(rescheduled.EventId, NotificationType.AppointmentRescheduled, message, appointment.Patient,
            AppointmentRescheduledTemplate.Sms(message), cancellationToken);
        await notifier.ScheduleRemindersAsync(rescheduled.EventId, calendar, appointment.Patient, cancellationToken);
    }
}
