using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.BuildingBlocks.Modules;

/// <summary>
/// A module as the host sees it: its name (database, health check, outbox administration), its two assemblies
/// (XML docs, event types, architecture tests) and how to register and map it. Each module declares its own
/// (<c>SchedulingModule.Definition</c>); the host lists them once, and everything that enumerates modules
/// derives from that list.
/// </summary>
/// <param name="Name">Lower-case module name, from the Contracts' <c>ModuleInfo.Name</c>.</param>
/// <param name="Assembly">The implementation assembly, Clinic.&lt;Module&gt;.</param>
/// <param name="Contracts">Clinic.&lt;Module&gt;.Contracts: what other modules may see.</param>
/// <param name="AddServices">Registers the module (it calls <see cref="ModuleRegistration.AddModule{TContext,TSqliteContext,TSqlServerContext}"/>).</param>
/// <param name="MapEndpoints">Maps the module's HTTP endpoints.</param>
public sealed record ModuleDefinition(
    string Name,
    Assembly Assembly,
    Assembly Contracts,
    Action<IServiceCollection, IConfiguration> AddServices,
    Action<IEndpointRouteBuilder> MapEndpoints)
{
    public override string ToString() => Name;
}
