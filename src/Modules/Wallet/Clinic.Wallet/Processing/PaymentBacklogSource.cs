using Clinic.BuildingBlocks.Operations;
using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.Wallet.Processing;

/// <summary>
/// The payment operations queue as operators see it: charges, captures, releases and refunds due now and not yet
/// performed (retries planned for later are not backlog), how long the oldest has waited, and the stuck ones.
/// </summary>
internal sealed class PaymentBacklogSource : IBacklogSource
{
    public const string Queue = "wallet:payments";

    public async Task<IReadOnlyList<BacklogReading>> ReadAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var operations = services.GetRequiredService<WalletDbContext>().PaymentOperations.AsNoTracking();
        var due = operations.Where(o => o.Status == OperationStatus.Pending && o.NextAttemptAt <= now);
        var count = await due.LongCountAsync(cancellationToken);
        var oldest = count == 0 ? (DateTimeOffset?)null : await due.MinAsync(o => (DateTimeOffset?)o.NextAttemptAt, cancellationToken);
        var stuck = await operations.LongCountAsync(o => o.Status == OperationStatus.Stuck, cancellationToken);
        return [new BacklogReading(Queue, count, oldest is { } since && since < now ? now - since : TimeSpan.Zero, stuck)];
    }
}
