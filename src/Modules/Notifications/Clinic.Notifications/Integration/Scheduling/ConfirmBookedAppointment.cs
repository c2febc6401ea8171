using Clinic.BuildingBlocks.Outbox;
using Clinic.Notifications.Calendar;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Persistence;
using Clinic.Notifications.Templates.Appointments;
using Clinic.Scheduling.Contracts.Appointments;

namespace Clinic.Notifications.Integration.Scheduling;

/// <summary>Booked (OB10): confirmation email with the calendar invitation, confirmation SMS, and the reminders (BY2).</summary>
internal sealed class ConfirmBookedAppointment(NotificationsDbContext db, AppointmentNotifier notifier, TimeProvider clock)
    : IntegrationEventHandler<AppointmentBooked, NotificationsDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(AppointmentBooked booked, CancellationToken cancellationToken)
    {
        var appointment = booked.Appointment;
        var calendar = await notifier.RecordChangeAsync(appointment, booked.OccurredAt, cancelled: false, cancellationToken);
        if (calendar is null)
        {
            return;
        }

        var message = notifier.Compose(calendar, appointment.Patient);
        await notifier.EmailAsync(booked.EventId, NotificationType.AppointmentConfirmation, message, calendar, appointment.Patient,
            AppointmentConfirmationTemplate.Email(message), IcsFile.Request, cancellationToken);
        await notifier.SmsAsync(booked.EventId, NotificationType.AppointmentConfirmation, message, appointment.Patient,
            AppointmentConfirmationTemplate.Sms(message), cancellationToken);
        await notifier.ScheduleRemindersAsync(booked.EventId, calendar, appointment.Patient, cancellationToken);
    }
}
