using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Clinic.BuildingBlocks.Persistence;

/// <summary>
/// Migrates every module's database and plants the demo clinic before the host takes traffic.
/// It runs only when the host starts, so tools that merely build the host (the OpenAPI CLI) touch no database.
/// </summary>
internal sealed class DatabaseInitializer(
    IEnumerable<IModuleDatabase> databases,
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> databaseOptions,
    IOptions<DemoDataOptions> demoOptions,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (databaseOptions.Value.ShouldMigrateOnStartup)
        {
            foreach (var database in databases)
            {
                await using var scope = scopes.CreateAsyncScope();
                await database.MigrateAsync(scope.ServiceProvider, cancellationToken);
                logger.LogInformation("Database of module {Module} is up to date", database.Module);
            }
        }

        if (demoOptions.Value.Enabled)
        {
            await using var scope = scopes.CreateAsyncScope();
            foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>())
            {
                await seeder.SeedAsync(cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
