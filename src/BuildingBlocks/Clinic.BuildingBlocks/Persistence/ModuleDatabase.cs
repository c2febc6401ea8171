using Clinic.BuildingBlocks.Operations;
using Clinic.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.BuildingBlocks.Persistence;

/// <summary>What the host needs to know of each module's database without knowing the module.</summary>
public interface IModuleDatabase
{
    string Module { get; }

    Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken);

    Task<IReadOnlyList<OutboxMessage>> ListOutboxAsync(IServiceProvider services, OutboxMessageStatus? status, int limit, CancellationToken cancellationToken);

    /// <summary>Puts a dead-lettered message back in the queue for immediate delivery; false if there is no such dead message.</summary>
    Task<bool> RetryDeadLetterAsync(IServiceProvider services, Guid messageId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The outbox's events due and undelivered, how long the oldest has waited, and the dead-lettered ones.</summary>
    Task<BacklogReading> ReadOutboxBacklogAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Migrations of this module's database not yet applied.</summary>
    Task<IReadOnlyList<string>> PendingMigrationsAsync(IServiceProvider services, CancellationToken cancellationToken);
}

internal sealed class ModuleDatabase<TContext>(string module) : IModuleDatabase
    where TContext : DbContext, IModuleDbContext
{
    public string Module { get; } = module;

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<TContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers proceed while one writer commits; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    public async Task<IReadOnlyList<OutboxMessage>> ListOutboxAsync(
        IServiceProvider services, OutboxMessageStatus? status, int limit, CancellationToken cancellationToken)
    {
        var query = services.GetRequiredService<TContext>().OutboxMessages.AsNoTracking();
        query = status switch
        {
            OutboxMessageStatus.Delivered => query.Where(m => m.ProcessedAt != null),
            OutboxMessageStatus.DeadLettered => query.Where(m => m.DeadLetteredAt != null),
            OutboxMessageStatus.Retrying => query.Where(m => m.ProcessedAt == null && m.DeadLetteredAt == null && m.Attempts > 0),
            OutboxMessageStatus.Pending => query.Where(m => m.ProcessedAt == null && m.DeadLetteredAt == null && m.Attempts == 0),
            _ => query,
        };
        return await query.OrderByDescending(m => m.OccurredAt).Take(limit).ToListAsync(cancellationToken);
    }

    public async Task<bool> RetryDeadLetterAsync(IServiceProvider services, Guid messageId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var updated = await services.GetRequiredService<TContext>().OutboxMessages
            .Where(m => m.Id == messageId && m.DeadLetteredAt != null)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.DeadLetteredAt, (DateTimeOffset?)null)
                .SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.NextAttemptAt, now), cancellationToken);
        return updated == 1;
    }

    public async Task<BacklogReading> ReadOutboxBacklogAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var outbox = services.GetRequiredService<TContext>().OutboxMessages.AsNoTracking();
        var due = outbox.Where(m => m.ProcessedAt == null && m.DeadLetteredAt == null && m.NextAttemptAt <= now);
        var count = await due.LongCountAsync(cancellationToken);
        var oldest = count == 0 ? (DateTimeOffset?)null : await due.MinAsync(m => (DateTimeOffset?)m.OccurredAt, cancellationToken);
        var dead = await outbox.LongCountAsync(m => m.DeadLetteredAt != null, cancellationToken);
        return new BacklogReading($"outbox:{Module.ToLowerInvariant()}", count, oldest is { } since && since < now ? now - since : TimeSpan.Zero, dead);
    }

    public async Task<IReadOnlyList<string>> PendingMigrationsAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        (await services.GetRequiredService<TContext>().Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
}
