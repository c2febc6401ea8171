using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Clinic.BuildingBlocks.Adapters;

/// <summary>
/// Stops a Production host before it migrates or takes traffic when configuration left a development
/// adapter in place: a clinic must never believe it emailed a patient when it only wrote a file.
/// </summary>
public sealed class DevelopmentAdapterGuard(IServiceCollection services, IHostEnvironment environment) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        EnsureAllowed(services, environment);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Throws in Production when any registered service is an <see cref="IDevelopmentAdapter"/>.</summary>
    public static void EnsureAllowed(IEnumerable<ServiceDescriptor> registrations, IHostEnvironment environment)
    {
        if (!environment.IsProduction())
        {
            return;
        }

        var adapters = FindDevelopmentAdapters(registrations);
        if (adapters.Count > 0)
        {
            throw new InvalidOperationException(
                "Production cannot start on development adapters: " + string.Join(", ", adapters.Select(a => a.Name))
                + ". Configure the real services (SMTP, Twilio, …) in the Production settings.");
        }
    }

    public static IReadOnlyList<Type> FindDevelopmentAdapters(IEnumerable<ServiceDescriptor> registrations) =>
        registrations
            .Select(ImplementationTypeOf)
            .OfType<Type>()
            .Where(typeof(IDevelopmentAdapter).IsAssignableFrom)
            .Distinct()
            .ToList();

    private static Type? ImplementationTypeOf(ServiceDescriptor descriptor) => descriptor.IsKeyedService
        ? descriptor.KeyedImplementationType ?? descriptor.KeyedImplementationInstance?.GetType()
        : descriptor.ImplementationType ?? descriptor.ImplementationInstance?.GetType();
}
