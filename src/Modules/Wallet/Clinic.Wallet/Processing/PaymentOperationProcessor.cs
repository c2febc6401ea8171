using Clinic.BuildingBlocks.Background;
using Clinic.Wallet.Adapters.Payments;
using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Clinic.Wallet.Processing;

/// <summary>
/// Performs due payment operations. Like the outbox, it claims a batch with one UPDATE carrying a fresh lock
/// token and a lease, so two hosts never call the processor for the same operation at once; the lock token is a
/// concurrency token, so an instance whose lease ran out cannot overwrite the outcome another recorded. Should a
/// crash leave an operation half-done, the next attempt repeats it with the same idempotency key, which the
/// processor answers with the first outcome instead of acting again.
/// </summary>
internal sealed class PaymentOperationProcessor(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<PaymentsOptions> options, ILogger<PaymentOperationProcessor> logger)
{
    public const int BatchSize = 20;

    public async Task<int> ProcessBatchAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var token = Guid.NewGuid();
        List<Guid> claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WalletDbContext>();
            var due = db.PaymentOperations
                .Where(o => o.Status == OperationStatus.Pending && o.NextAttemptAt <= now && (o.LockedUntil == null || o.LockedUntil < now))
                .OrderBy(o => o.NextAttemptAt)
                .Take(BatchSize)
                .Select(o => o.Id);
            var count = await db.PaymentOperations
                .Where(o => due.Contains(o.Id) && o.Status == OperationStatus.Pending && (o.LockedUntil == null || o.LockedUntil < now))
                .ExecuteUpdateAsync(set => set.SetProperty(o => o.LockToken, token).SetProperty(o => o.LockedUntil, now + options.Value.LeaseDuration), cancellationToken);
            if (count == 0)
            {
                return 0;
            }

            claimed = await db.PaymentOperations.Where(o => o.LockToken == token).OrderBy(o => o.CreatedAt).Select(o => o.Id).ToListAsync(cancellationToken);
        }

        foreach (var id in claimed)
        {
            await RunClaimedAsync(id, token, cancellationToken);
        }

        return claimed.Count;
    }

    /// <summary>Performs one operation right away if nobody else holds it (staff and patients waiting for an answer); false if it was taken.</summary>
    public async Task<bool> RunNowAsync(Guid operationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var token = Guid.NewGuid();
        await using (var scope = scopes.CreateAsyncScope())
        {
            var claimed = await scope.ServiceProvider.GetRequiredService<WalletDbContext>().PaymentOperations
                .Where(o => o.Id == operationId && o.Status == OperationStatus.Pending && (o.LockedUntil == null || o.LockedUntil < now))
                .ExecuteUpdateAsync(set => set.SetProperty(o => o.LockToken, token).SetProperty(o => o.LockedUntil, now + options.Value.LeaseDuration), cancellationToken);
            if (claimed == 0)
            {
                return false;
            }
        }

        await RunClaimedAsync(operationId, token, cancellationToken);
        return true;
    }

    private async Task RunClaimedAsync(Guid operationId, Guid token, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WalletDbContext>();
        var operation = await db.PaymentOperations.SingleOrDefaultAsync(o => o.Id == operationId && o.LockToken == token, cancellationToken);
        if (operation is null)
        {
            return;
        }

        var payment = await db.Payments.SingleAsync(p => p.Id == operation.PaymentId, cancellationToken);
        try
        {
            await scope.ServiceProvider.GetRequiredService<PaymentOperationExecutor>().ExecuteAsync(operation, payment, cancellationToken);
        }
        catch (PaymentGatewayUnavailableException ex)
        {
            // Nothing is known to have happened; the same key next time makes a repeat harmless.
            DiscardChangesExcept(db, operation);
            var settings = options.Value;
            operation.Fail(ex.Message, clock.GetUtcNow() + ExponentialBackoff.Delay(operation.Attempts + 1, TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(30)),
                settings.MaxAttempts);
            logger.LogWarning("Payment operation {Operation} ({Kind}) could not reach the processor on attempt {Attempts}: {Error}",
                operation.Key, operation.Kind, operation.Attempts, ex.Message);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Our lease ran out and another instance took the operation over; its outcome stands.
            logger.LogWarning("Payment operation {Operation} was taken over by another instance before we recorded it", operation.Key);
        }
    }

    private static void DiscardChangesExcept(WalletDbContext db, PaymentOperation keep)
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => !ReferenceEquals(e.Entity, keep)).ToList())
        {
            if (entry.State == EntityState.Added)
            {
                entry.State = EntityState.Detached;
            }
            else if (entry.State == EntityState.Modified)
            {
                entry.CurrentValues.SetValues(entry.OriginalValues);
                entry.State = EntityState.Unchanged;
            }
        }
    }
}
