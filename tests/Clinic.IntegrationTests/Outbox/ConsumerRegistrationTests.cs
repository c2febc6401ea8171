using System.Reflection;
using Clinic.BuildingBlocks.Outbox;
using Clinic.IntegrationTests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Outbox;

/// <summary>
/// The source-generated mediator wires an event handler only when the event's Contracts assembly is
/// listed in the host's options: a consumer it cannot see would silently never run, so every one is checked.
/// </summary>
public sealed class ConsumerRegistrationTests : IDisposable
{
    private readonly ClinicApiFactory factory = new ClinicApiFactory().WithoutBackgroundWorkers();

    public void Dispose() => factory.Dispose();

    [Fact]
    public void Given_every_integration_event_consumer_in_the_modules_When_the_host_is_built_Then_the_mediator_delivers_to_it()
    {
        var consumers = ModuleAssemblies().SelectMany(a => a.GetTypes()).Where(t => !t.IsAbstract && ConsumedEvent(t) is not null).ToList();
        consumers.Select(c => c.Name).ShouldContain("ConfirmBookedAppointment");

        using var scope = factory.Services.CreateScope();
        var unwired = consumers
            .Where(consumer => !scope.ServiceProvider
                .GetServices(typeof(INotificationHandler<>).MakeGenericType(ConsumedEvent(consumer)!))
                .Any(handler => handler!.GetType() == consumer))
            .Select(consumer => consumer.FullName)
            .ToList();

        unwired.ShouldBeEmpty("list the consumed events' Contracts assemblies in ClinicModules' mediator options");
    }

    private static Type? ConsumedEvent(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(IntegrationEventHandler<,>))
            {
                return current.GetGenericArguments()[0];
            }
        }

        return null;
    }

    private static IEnumerable<Assembly> ModuleAssemblies() =>
        Directory.GetFiles(AppContext.BaseDirectory, "Clinic.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !name!.Contains("Tests", StringComparison.Ordinal) && !name.EndsWith(".Contracts", StringComparison.Ordinal))
            .Select(name => Assembly.Load(name!));
}
