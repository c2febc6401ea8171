using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Clinic.BuildingBlocks.Background;

/// <summary>
/// The life-long loop of a background worker that finds its work by polling the database (outbox
/// dispatch, notification delivery). It keeps taking batches while they come back full, then waits
/// for the poll interval or an early wake-up. It never dies on an exception: a database or network
/// hiccup pauses the work until the next poll instead of stopping it for the life of the process.
/// </summary>
public abstract class PollingWorker(ILogger logger) : BackgroundService
{
    /// <summary>Shown in the log when a batch fails.</summary>
    protected abstract string WorkName { get; }

    /// <summary>A batch this size or larger means more work is probably waiting, so the next one starts at once.</summary>
    protected abstract int BatchSize { get; }

    /// <summary>Handles one batch of due work; returns how many items it handled.</summary>
    protected abstract Task<int> ProcessBatchAsync(CancellationToken cancellationToken);

    /// <summary>Waits until new work may be due: the poll interval, or sooner if something signals it.</summary>
    protected abstract Task WaitForWorkAsync(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await ProcessBatchAsync(stoppingToken) >= BatchSize)
                {
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "{Work} failed; will try again", WorkName);
            }

            try
            {
                await WaitForWorkAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
