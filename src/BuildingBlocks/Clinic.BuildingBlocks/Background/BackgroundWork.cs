using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Clinic.BuildingBlocks.Background;

/// <summary>
/// Registers a module's background workers (outbox dispatchers, the notification sender, sweepers) behind one
/// switch, "BackgroundWork:Enabled" (on by default; every instance runs them). A test that drives the work by
/// hand turns them all off, so no worker of the host claims the batch the test is about to process.
/// </summary>
public static class BackgroundWork
{
    public const string EnabledKey = "BackgroundWork:Enabled";

    /// <summary>Whether workers run: the global switch, and the worker's own older switch when it has one (e.g. "Outbox:RunDispatchers").</summary>
    public static bool Runs(IConfiguration configuration, string? ownSwitch = null) =>
        configuration.GetValue(EnabledKey, defaultValue: true) && (ownSwitch is null || configuration.GetValue(ownSwitch, defaultValue: true));

    /// <summary>Adds <typeparamref name="TWorker"/> as a singleton (tests may run one pass of it by hand) and, when workers run, as a hosted service.</summary>
    public static IServiceCollection AddBackgroundWorker<TWorker>(this IServiceCollection services, IConfiguration configuration, string? ownSwitch = null)
        where TWorker : class, IHostedService
    {
        services.AddSingleton<TWorker>();
        if (Runs(configuration, ownSwitch))
        {
            services.AddHostedService(sp => sp.GetRequiredService<TWorker>());
        }

        return services;
    }
}
