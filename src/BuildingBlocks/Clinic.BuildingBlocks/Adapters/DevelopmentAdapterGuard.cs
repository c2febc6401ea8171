using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Clinic.BuildingBlocks.Adapters;

/// <summary>Stops a Production host before it takes traffic (or touches a database) if any external service still uses its development adapter.</summary>
internal sealed class DevelopmentAdapterGuard(IEnumerable<ActiveAdapter> adapters, IHostEnvironment environment) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var development = adapters.Where(a => a.IsDevelopmentAdapter).ToList();
        if (environment.IsProduction() && development.Count > 0)
        {
            throw new InvalidOperationException(
                "Production refuses to start on development adapters: "
                + string.Join(", ", development.Select(a => $"{a.Service} ({a.Implementation})"))
                + ". Configure the real services (see README, 'Configuration').");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
