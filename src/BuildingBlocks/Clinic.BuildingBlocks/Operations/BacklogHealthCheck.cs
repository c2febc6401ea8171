using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Clinic.BuildingBlocks.Operations;

/// <summary>
/// Ready only while background work keeps up: no queue holds more due items, or has let one wait longer, than the
/// configured limits. Dead letters wait for staff (the delivery log) and do not make an instance unready.
/// </summary>
public sealed class BacklogHealthCheck(
    IServiceScopeFactory scopes, IEnumerable<IBacklogSource> sources, TimeProvider clock, IOptions<OperationsOptions> options) : IHealthCheck
{
    public const string Name = "backlog";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var limits = options.Value;
        var readings = await BacklogMonitor.ReadAllAsync(scopes, sources, clock.GetUtcNow(), cancellationToken);
        var data = readings.ToDictionary(r => r.Queue, r => (object)new { r.Due, OldestWaitSeconds = (long)r.OldestWait.TotalSeconds, r.DeadLetters });
        var behind = readings.Where(r => r.Due > limits.ReadyMaxDue || r.OldestWait > limits.ReadyMaxOldestWait).ToList();
        return behind.Count == 0
            ? HealthCheckResult.Healthy("Every queue is within its limits.", data)
            : HealthCheckResult.Unhealthy(
                "Behind: " + string.Join("; ", behind.Select(r => $"{r.Queue} has {r.Due} due, the oldest waiting {r.OldestWait:g}")),
                data: data);
    }
}
