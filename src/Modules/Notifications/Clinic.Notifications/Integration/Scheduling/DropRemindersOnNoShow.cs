using Clinic.BuildingBlocks.Outbox;
using Clinic.Notifications.Persistence;
using Clinic.Scheduling.Contracts.Appointments;

namespace Clinic.Notifications.Integration.Scheduling;

/// <summary>No-show: whatever reminder is still pending is pointless now.</summary>
internal sealed class DropRemindersOnNoShow(NotificationsDbContext db, AppointmentNotifier notifier, TimeProvider clock)
    : IntegrationEventHandler<AppointmentNoShow, NotificationsDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(AppointmentNoShow noShow, CancellationToken cancellationToken) =>
        await notifier.DropRemindersAsync(noShow.Appointment.AppointmentId, cancellationToken);
}
