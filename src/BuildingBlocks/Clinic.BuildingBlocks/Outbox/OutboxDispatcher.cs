using Clinic.BuildingBlocks.Background;
using Clinic.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Clinic.BuildingBlocks.Outbox;

/// <summary>Runs <see cref="OutboxProcessor{TContext}"/> for one module for the life of the host, on every instance.</summary>
public sealed class OutboxDispatcher<TContext>(
    OutboxProcessor<TContext> processor,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher<TContext>> logger) : PollingWorker(logger)
    where TContext : DbContext, IModuleDbContext
{
    protected override string WorkName => $"Outbox dispatch for {typeof(TContext).Name}";

    protected override int BatchSize => options.Value.BatchSize;

    protected override Task<int> ProcessBatchAsync(CancellationToken cancellationToken) => processor.ProcessBatchAsync(cancellationToken);

    protected override Task WaitForWorkAsync(CancellationToken cancellationToken) => signal.WaitAsync(options.Value.PollInterval, cancellationToken);
}
