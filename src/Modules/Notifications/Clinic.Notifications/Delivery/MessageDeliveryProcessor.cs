using System.Diagnostics;
using Clinic.BuildingBlocks.Background;
using Clinic.BuildingBlocks.Operations;
using Clinic.Notifications.Adapters;
using Clinic.Notifications.Adapters.Email;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Clinic.Notifications.Delivery;

/// <summary>
/// Sends due messages. A batch is claimed with one UPDATE carrying a fresh lock token, so several
/// host instances on one database never take the same message; before each send the claim is
/// renewed, so a slow batch cannot outlive its lease and be sent twice. A failure schedules a retry
/// with exponential backoff; after <see cref="DeliveryOptions.MaxAttempts"/>, or on a permanent
/// refusal, the message is dead and waits for staff.
/// </summary>
internal sealed class MessageDeliveryProcessor(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<DeliveryOptions> options,
    IOptions<EmailOptions> emailOptions,
    IOptions<ClinicBrandingOptions> clinic,
    ILogger<MessageDeliveryProcessor> logger)
{
    /// <summary>Sends up to one batch; returns how many messages it handled (sent, failed or expired).</summary>
    public async Task<int> ProcessBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var channels = scope.ServiceProvider.GetRequiredService<DeliveryChannels>();
        var reminders = scope.ServiceProvider.GetRequiredService<ReminderContent>();
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var token = Guid.NewGuid();

        var due = db.Messages
            .Where(m => ((m.Status == MessageStatus.Queued || m.Status == MessageStatus.Failed) && m.NextAttemptAt <= now)
                        || (m.Status == MessageStatus.Sending && m.LockedUntil < now))
            .OrderBy(m => m.NextAttemptAt)
            .Take(settings.BatchSize)
            .Select(m => m.Id);

        // The outer predicate is evaluated again on each row being updated, so a message another
        // instance claimed in the meantime is skipped rather than taken twice.
        var claimed = await db.Messages
            .Where(m => due.Contains(m.Id)
                        && (((m.Status == MessageStatus.Queued || m.Status == MessageStatus.Failed) && m.NextAttemptAt <= now)
                            || (m.Status == MessageStatus.Sending && m.LockedUntil < now)))
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Status, MessageStatus.Sending)
                .SetProperty(m => m.LockToken, token)
                .SetProperty(m => m.LockedUntil, now + settings.LeaseDuration), cancellationToken);
        if (claimed == 0)
        {
            return 0;
        }

        var messages = await db.Messages.Where(m => m.LockToken == token).OrderBy(m => m.NextAttemptAt).ToListAsync(cancellationToken);
        var handled = 0;
        foreach (var message in messages)
        {
            if (!await RenewClaimAsync(db, message.Id, token, cancellationToken))
            {
                db.Entry(message).State = EntityState.Detached;
                continue;
            }

            await DeliverAsync(message, channels, reminders, cancellationToken);
            handled++;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                logger.LogWarning("Message {MessageId} was re-claimed by another instance before its outcome was recorded", message.Id);
                db.Entry(message).State = EntityState.Detached;
            }
        }

        return handled;
    }

    private async Task<bool> RenewClaimAsync(NotificationsDbContext db, Guid messageId, Guid token, CancellationToken cancellationToken)
    {
        var leaseEnd = clock.GetUtcNow() + options.Value.LeaseDuration;
        return await db.Messages
            .Where(m => m.Id == messageId && m.LockToken == token)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.LockedUntil, leaseEnd), cancellationToken) == 1;
    }

    private async Task DeliverAsync(OutboundMessage message, DeliveryChannels channels, ReminderContent reminders, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var activity = ClinicTelemetry.Traces.StartActivity($"notification send {message.Channel}", ActivityKind.Producer);
        activity?.SetTag("clinic.message.id", message.Id);
        activity?.SetTag("clinic.message.type", message.Type.ToString());
        activity?.SetTag("clinic.message.attempt", message.Attempts + 1);
        if (message.HasExpired(clock.GetUtcNow()))
        {
            message.Expire(clock.GetUtcNow());
            logger.LogWarning("Message {MessageId} ({Type}) expired before it could be sent", message.Id, message.Type);
            return;
        }

        await reminders.RefreshAsync(message, cancellationToken);

        try
        {
            var reference = message.Channel == MessageChannel.Email
                ? await channels.Email.SendAsync(EmailComposer.Compose(message, emailOptions.Value, clinic.Value.Name, clock.GetUtcNow()), cancellationToken)
                : await channels.Sms.SendAsync(message.Recipient, message.TextBody, cancellationToken);
            message.MarkSent(clock.GetUtcNow(), reference, wipeSecret: !channels.IsDevelopment(message.Channel));
            logger.LogInformation("Message {MessageId} ({Channel} {Type}) sent", message.Id, message.Channel, message.Type);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            var permanent = ex is PermanentDeliveryException;
            var error = permanent ? ex.Message : $"{ex.GetType().Name}: {ex.Message}";
            message.RecordFailure(clock.GetUtcNow(), error, permanent, settings.MaxAttempts,
                ExponentialBackoff.Delay(message.Attempts + 1, settings.BaseRetryDelay, settings.MaxRetryDelay));
            if (message.Status == MessageStatus.Dead)
            {
                logger.LogError(ex, "Message {MessageId} ({Channel} {Type}) is dead after {Attempts} attempts", message.Id, message.Channel, message.Type, message.Attempts);
            }
            else
            {
                logger.LogWarning(ex, "Message {MessageId} ({Channel} {Type}) failed on attempt {Attempts}; retrying at {NextAttemptAt}", message.Id, message.Channel, message.Type, message.Attempts, message.NextAttemptAt);
            }
        }
    }
}
