using Clinic.BuildingBlocks.Operations;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.Notifications.Delivery;

/// <summary>
/// The email and SMS queue as operators see it: messages due now and not yet sent (reminders for later are not
/// backlog), how long past its send time the oldest is, and the dead ones waiting for staff in the delivery log.
/// </summary>
internal sealed class DeliveryBacklogSource : IBacklogSource
{
    public const string Queue = "notifications:delivery";

    public async Task<IReadOnlyList<BacklogReading>> ReadAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var messages = services.GetRequiredService<NotificationsDbContext>().Messages.AsNoTracking();
        var due = messages.Where(m => (m.Status == MessageStatus.Queued || m.Status == MessageStatus.Failed || m.Status == MessageStatus.Sending)
                                      && m.NextAttemptAt <= now);
        var count = await due.LongCountAsync(cancellationToken);
        var oldest = count == 0 ? (DateTimeOffset?)null : await due.MinAsync(m => (DateTimeOffset?)m.SendAt, cancellationToken);
        var dead = await messages.LongCountAsync(m => m.Status == MessageStatus.Dead, cancellationToken);
        return [new BacklogReading(Queue, count, oldest is { } since && since < now ? now - since : TimeSpan.Zero, dead)];
    }
}
