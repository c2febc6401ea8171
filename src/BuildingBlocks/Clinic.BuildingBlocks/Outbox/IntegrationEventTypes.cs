using System.Reflection;
using Clinic.BuildingBlocks.Abstractions;

namespace Clinic.BuildingBlocks.Outbox;

/// <summary>
/// The closed set of event types the outbox may store and revive, collected from the modules'
/// Contracts assemblies at start-up. Payloads never name an arbitrary CLR type.
/// </summary>
public sealed class IntegrationEventTypes
{
    private readonly Dictionary<string, Type> byName = new(StringComparer.Ordinal);

    public void AddFromAssembly(Assembly contracts)
    {
        foreach (var type in contracts.GetExportedTypes()
                     .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(IIntegrationEvent).IsAssignableFrom(t)))
        {
            byName[NameOf(type)] = type;
        }
    }

    public static string NameOf(Type type) => type.FullName ?? type.Name;

    public Type Resolve(string name) =>
        byName.TryGetValue(name, out var type)
            ? type
            : throw new InvalidOperationException($"Unknown integration event type '{name}'. Was its Contracts assembly registered?");
}
