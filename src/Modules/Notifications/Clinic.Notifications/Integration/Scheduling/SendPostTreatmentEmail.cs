using Clinic.BuildingBlocks.Outbox;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Persistence;
using Clinic.Notifications.Templates.Appointments;
using Clinic.Scheduling.Contracts.Appointments;

namespace Clinic.Notifications.Integration.Scheduling;

/// <summary>
/// Completed (PP11): the post-treatment email. Until Forms supplies the instructions assigned to the
/// services, it is the general aftercare message; the template already lists instructions when given.
/// </summary>
internal sealed class SendPostTreatmentEmail(NotificationsDbContext db, AppointmentNotifier notifier, TimeProvider clock)
    : IntegrationEventHandler<AppointmentCompleted, NotificationsDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(AppointmentCompleted completed, CancellationToken cancellationToken)
    {
        var appointment = completed.Appointment;
        await notifier.DropRemindersAsync(appointment.AppointmentId, cancellationToken);
        var calendar = await notifier.CurrentAsync(appointment, completed.OccurredAt, cancellationToken);
        var message = notifier.Compose(calendar, appointment.Patient);
        await notifier.EmailAsync(completed.EventId, NotificationType.PostTreatment, message, calendar, appointment.Patient,
            PostTreatmentTemplate.Email(message, instructions: []), calendarMethod: null, cancellationToken, expiresAtStart: false);
    }
}
