using Clinic.Scheduling.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Clinic.Scheduling.Features.Booking;

/// <summary>
/// Deletes lapsed holds and their time cells. Availability already ignores lapsed holds and a new claim
/// already replaces their cells, so this only keeps the tables small; safe on every instance at once.
/// </summary>
internal sealed class ExpiredHoldSweeper(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ExpiredHoldSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Sweeping expired slot holds failed; will try again");
            }
        }
    }

    internal async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        var now = clock.GetUtcNow();
        await db.ProviderTimeCells.Where(c => c.ExpiresAt != null && c.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        return await db.SlotHolds.Where(h => h.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }
}
