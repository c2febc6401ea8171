using Clinic.Host;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.ArchitectureTests;

/// <summary>What the host registers, read without starting it: the services the generated mediator adds are the proof of what it wires.</summary>
internal static class MediatorRegistrations
{
    private static readonly Lazy<IReadOnlyCollection<ServiceDescriptor>> Host = new(() =>
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:DataDirectory"] = Path.Combine(Path.GetTempPath(), "clinic-architecture-tests"),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddClinicModules(configuration);
        return services.ToList();
    });

    public static IReadOnlyCollection<ServiceDescriptor> OfHost() => Host.Value;
}
