using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.BuildingBlocks.Outbox;

/// <summary>
/// Base for a module's consumer of another module's event. Records the event id in the
/// consumer's own database in the same SaveChanges as its effects, so a redelivery (after a
/// crash, or after another consumer of the same event failed) does nothing the second time.
/// </summary>
public abstract class IntegrationEventHandler<TEvent, TContext>(TContext db, TimeProvider clock) : INotificationHandler<TEvent>
    where TEvent : IIntegrationEvent
    where TContext : DbContext, IModuleDbContext
{
    protected TContext Db { get; } = db;

    protected TimeProvider Clock { get; } = clock;

    public async ValueTask Handle(TEvent notification, CancellationToken cancellationToken)
    {
        var consumer = GetType().FullName!;
        if (await Db.ProcessedEvents.AnyAsync(p => p.EventId == notification.EventId && p.Consumer == consumer, cancellationToken))
        {
            return;
        }

        await HandleAsync(notification, cancellationToken);
        Db.ProcessedEvents.Add(new ProcessedEvent(notification.EventId, consumer, Clock.GetUtcNow()));
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueConstraint.IsViolation(ex))
        {
            // Another instance may have handled the same event concurrently and committed first:
            // then ours simply rolls back. Any other unique violation is the handler's own error.
            Db.ChangeTracker.Clear();
            if (!await Db.ProcessedEvents.AnyAsync(p => p.EventId == notification.EventId && p.Consumer == consumer, cancellationToken))
            {
                throw;
            }
        }
    }

    /// <summary>Apply the event's effects to <see cref="Db"/>; do not call SaveChanges.</summary>
    protected abstract ValueTask HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
