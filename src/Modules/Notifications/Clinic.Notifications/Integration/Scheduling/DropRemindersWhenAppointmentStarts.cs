using Clinic.BuildingBlocks.Outbox;
using Clinic.Notifications.Persistence;
using Clinic.Scheduling.Contracts.Appointments;

namespace Clinic.Notifications.Integration.Scheduling;

/// <summary>Started: nothing to send, but a reminder still waiting (say, a late check-in) must not arrive during the visit.</summary>
internal sealed class DropRemindersWhenAppointmentStarts(NotificationsDbContext db, AppointmentNotifier notifier, TimeProvider clock)
    : IntegrationEventHandler<AppointmentStarted, NotificationsDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(AppointmentStarted started, CancellationToken cancellationToken) =>
        await notifier.DropRemindersAsync(started.Appointment.AppointmentId, cancellationToken);
}
