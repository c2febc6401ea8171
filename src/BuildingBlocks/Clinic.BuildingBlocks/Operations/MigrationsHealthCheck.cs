using Clinic.BuildingBlocks.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Clinic.BuildingBlocks.Operations;

/// <summary>
/// Ready only when every module's database has all its migrations: an instance started before the schema was
/// upgraded (SQL Server scripts are applied by hand) must not take traffic.
/// </summary>
internal sealed class MigrationsHealthCheck(IServiceScopeFactory scopes, IEnumerable<IModuleDatabase> databases) : IHealthCheck
{
    public const string Name = "migrations";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var pending = new Dictionary<string, object>();
        foreach (var database in databases)
        {
            var missing = await database.PendingMigrationsAsync(scope.ServiceProvider, cancellationToken);
            if (missing.Count > 0)
            {
                pending[database.Module] = missing;
            }
        }

        return pending.Count == 0
            ? HealthCheckResult.Healthy("Every module's database is up to date.")
            : HealthCheckResult.Unhealthy("Migrations not applied: " + string.Join("; ", pending.Select(p => $"{p.Key} ({string.Join(", ", (IReadOnlyList<string>)p.Value)})")), data: pending);
    }
}
