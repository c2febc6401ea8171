using System.Diagnostics;
using System.Text.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Background;
using Clinic.BuildingBlocks.Operations;
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
    ClinicMetrics metrics,
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
        var module = ModuleOf(typeof(TContext));
        // Stored types are full names; telemetry shows the event's own name (AppointmentBooked).
        var eventName = message.Type[(message.Type.LastIndexOf('.') + 1)..];
        var tags = new TagList { { ClinicTelemetry.ModuleTag, module }, { ClinicTelemetry.EventTag, eventName } };
        using var activity = ClinicTelemetry.Traces.StartActivity($"outbox deliver {eventName}", ActivityKind.Consumer);
        activity?.SetTag(ClinicTelemetry.ModuleTag, module);
        activity?.SetTag(ClinicTelemetry.EventTag, eventName);
        activity?.SetTag("clinic.event.id", message.Id);
        activity?.SetTag("clinic.event.attempt", message.Attempts + 1);
        try
        {
            var integrationEvent = (IIntegrationEvent)JsonSerializer.Deserialize(
                message.Payload, eventTypes.Resolve(message.Type), OutboxPublishing.EventJson)!;

            // Each delivery gets its own scope so consumers use fresh DbContexts of their own modules.
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IIntegrationEventPublisher>().PublishAsync(integrationEvent, cancellationToken);

            message.ProcessedAt = clock.GetUtcNow();
            message.LastError = null;
            metrics.EventsDelivered.Add(1, tags);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            message.Attempts++;
            message.LastError = Truncate($"{ex.GetType().Name}: {ex.Message}");
            metrics.EventsFailed.Add(1, tags);
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
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

    /// <summary>"Scheduling" for SchedulingDbContext or its engine-specific subclass: the module a metric belongs to.</summary>
    private static string ModuleOf(Type context)
    {
        var name = context.Name;
        foreach (var prefix in new[] { "Sqlite", "SqlServer" })
        {
            name = name.StartsWith(prefix, StringComparison.Ordinal) ? name[prefix.Length..] : name;
        }

        return name.EndsWith("DbContext", StringComparison.Ordinal) ? name[..^"DbContext".Length] : name;
    }

    private static string Truncate(string text) => text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
}
