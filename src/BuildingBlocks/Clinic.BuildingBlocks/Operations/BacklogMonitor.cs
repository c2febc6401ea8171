using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Clinic.BuildingBlocks.Operations;

/// <summary>
/// Samples every queue's backlog on an interval and publishes it as gauges (due items, oldest wait, dead letters).
/// Sampling apart from collection keeps a metrics scrape from ever querying the databases.
/// </summary>
public sealed class BacklogMonitor : BackgroundService
{
    private readonly IServiceScopeFactory scopes;
    private readonly IEnumerable<IBacklogSource> sources;
    private readonly TimeProvider clock;
    private readonly IOptions<OperationsOptions> options;
    private readonly ILogger<BacklogMonitor> logger;
    private volatile IReadOnlyList<BacklogReading> latest = [];

    public BacklogMonitor(
        IServiceScopeFactory scopes,
        IEnumerable<IBacklogSource> sources,
        ClinicMetrics metrics,
        TimeProvider clock,
        IOptions<OperationsOptions> options,
        ILogger<BacklogMonitor> logger)
    {
        this.scopes = scopes;
        this.sources = sources;
        this.clock = clock;
        this.options = options;
        this.logger = logger;
        metrics.Meter.CreateObservableGauge("clinic.backlog.due", () => Measure(r => r.Due), "{item}", "Items due and not yet handled, per queue.");
        metrics.Meter.CreateObservableGauge("clinic.backlog.oldest_wait", () => Measure(r => r.OldestWait.TotalSeconds), "s", "How long the oldest due item has waited, per queue.");
        metrics.Meter.CreateObservableGauge("clinic.backlog.dead_letters", () => Measure(r => r.DeadLetters), "{item}", "Items given up on that wait for staff, per queue.");
    }

    /// <summary>Reads every queue now.</summary>
    public static async Task<IReadOnlyList<BacklogReading>> ReadAllAsync(
        IServiceScopeFactory scopes, IEnumerable<IBacklogSource> sources, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var readings = new List<BacklogReading>();
        foreach (var source in sources)
        {
            readings.AddRange(await source.ReadAsync(scope.ServiceProvider, now, cancellationToken));
        }

        return readings;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                latest = await ReadAllAsync(scopes, sources, clock.GetUtcNow(), stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Reading the queues' backlog failed; the gauges keep their last values");
            }

            try
            {
                await Task.Delay(options.Value.BacklogSampleInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private IEnumerable<Measurement<T>> Measure<T>(Func<BacklogReading, T> value)
        where T : struct =>
        latest.Select(r => new Measurement<T>(value(r), new KeyValuePair<string, object?>(ClinicTelemetry.QueueTag, r.Queue)));
}
