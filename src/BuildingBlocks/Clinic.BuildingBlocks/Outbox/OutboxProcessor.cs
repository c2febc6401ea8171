using System.Text.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Background;
using Clinic.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Clinic.BuildingBlocks.Outbox;

/// <summary>
/// Delivers one module's due outbox messages to their in-process consumers. Claims a batch with
/// a single UPDATE carrying a fresh lock token, so concurrent instances on one database never
/// take the same message; a failure schedules a retry with exponential backoff, and after
/// <see cref="OutboxOptions.MaxAttempts"/> the message is dead-lettered.
/// </summary>
public sealed class OutboxProcessor<TContext>(
    IServiceScopeFactory scopes,
    IntegrationEventTypes eventTypes,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxProcessor<TContext>> logger)
    where TContext : DbContext, IModuleDbContext
{
    private const int MaxErrorLength = 2000;

    /// <summary>Delivers up to one batch; returns how many messages it handled (delivered or failed).</summary>
    public async Task<int> ProcessBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var token = Guid.NewGuid();
        var leaseEnd = now + settings.LeaseDuration;

        var due = db.OutboxMessages
            .Where(m => m.ProcessedAt == null && m.DeadLetteredAt == null && m.NextAttemptAt <= now
                        && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.NextAttemptAt)
            .Take(settings.BatchSize)
            .Select(m => m.Id);

        // The outer predicate is evaluated again on the row being updated, so a message that another
        // instance claimed in the meantime is skipped rather than taken twice.
        var claimed = await db.OutboxMessages
            .Where(m => due.Contains(m.Id) && m.ProcessedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.LockToken, token)
                .SetProperty(m => m.LockedUntil, leaseEnd), cancellationToken);
        if (claimed == 0)
        {
            return 0;
        }

        var messages = await db.OutboxMessages.Where(m => m.LockToken == token).OrderBy(m => m.OccurredAt).ToListAsync(cancellationToken);
        foreach (var message in messages)
        {
            await DeliverAsync(message, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Our lease ran out and another instance re-claimed the message; its outcome wins.
                logger.LogWarning("Outbox message {MessageId} was re-claimed by another instance before we recorded it", message.Id);
                db.ChangeTracker.Clear();
            }
        }

        return messages.Count;
    }

    private async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        try
        {
            var integrationEvent = (IIntegrationEvent)JsonSerializer.Deserialize(
                message.Payload, eventTypes.Resolve(message.Type), OutboxPublishing.EventJson)!;

            // Each delivery gets its own scope so consumers use fresh DbContexts of their own modules.
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IIntegrationEventPublisher>().PublishAsync(integrationEvent, cancellationToken);

            message.ProcessedAt = clock.GetUtcNow();
            message.LastError = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            message.Attempts++;
            message.LastError = Truncate($"{ex.GetType().Name}: {ex.Message}");
            if (message.Attempts >= settings.MaxAttempts)
            {
                message.DeadLetteredAt = clock.GetUtcNow();
                logger.LogError(ex, "Outbox message {MessageId} ({Type}) dead-lettered after {Attempts} attempts", message.Id, message.Type, message.Attempts);
            }
            else
            {
                message.NextAttemptAt = clock.GetUtcNow() + ExponentialBackoff.Delay(message.Attempts, settings.BaseRetryDelay, settings.MaxRetryDelay);
                logger.LogWarning(ex, "Outbox message {MessageId} ({Type}) failed on attempt {Attempts}; retrying at {NextAttemptAt}", message.Id, message.Type, message.Attempts, message.NextAttemptAt);
            }
        }
        finally
        {
            message.LockToken = null;
            message.LockedUntil = null;
        }
    }

    private static string Truncate(string text) => text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
}
