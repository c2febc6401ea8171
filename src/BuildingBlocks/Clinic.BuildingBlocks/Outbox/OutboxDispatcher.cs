using Microsoft.EntityFrameworkCore;
using Clinic.BuildingBlocks.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Clinic.BuildingBlocks.Outbox;

/// <summary>Runs <see cref="OutboxProcessor{TContext}"/> for one module for the life of the host, on every instance.</summary>
public sealed class OutboxDispatcher<TContext>(
    OutboxProcessor<TContext> processor,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : DbContext, IModuleDbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var handled = await processor.ProcessBatchAsync(stoppingToken);
                if (handled >= settings.BatchSize)
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
                // A database hiccup must not kill delivery for the life of the process.
                logger.LogError(ex, "Outbox dispatch for {Context} failed; will try again", typeof(TContext).Name);
            }

            try
            {
                await signal.WaitAsync(settings.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
