using System.Reflection;
using Clinic.BuildingBlocks.Modules;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetArchTest.Rules;

namespace Clinic.ArchitectureTests;

/// <summary>
/// Each rule returns its violations as readable strings, so the tests can show it passing on the
/// product and failing on the fixture assembly built to break it.
/// </summary>
internal static class ArchitectureRules
{
    private const string BuildingBlocksAbstractions = "Clinic.BuildingBlocks.Abstractions";

    /// <summary>
    /// The host's list and the module folders agree: each folder under src/Modules is a listed module whose two
    /// projects follow the naming the tooling relies on (npm run db:script finds SqlServer&lt;Module&gt;DbContext by name).
    /// </summary>
    public static IReadOnlyList<string> ModuleListMismatches(IReadOnlyList<ModuleDefinition> listed, IReadOnlyList<string> folders)
    {
        var problems = new List<string>();
        var byFolder = listed.ToDictionary(m => m.Assembly.GetName().Name!["Clinic.".Length..], StringComparer.Ordinal);
        problems.AddRange(folders.Where(f => !byFolder.ContainsKey(f)).Select(f => $"src/Modules/{f} is not in ClinicModules.All"));
        foreach (var (folder, module) in byFolder)
        {
            if (!folders.Contains(folder))
            {
                problems.Add($"{module.Assembly.GetName().Name} is listed but has no folder src/Modules/{folder}");
            }

            if (!string.Equals(module.Name, folder, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{module.Assembly.GetName().Name} is named '{module.Name}'; its name must be its folder's, in lower case");
            }

            if (module.Contracts.GetName().Name != $"{module.Assembly.GetName().Name}.Contracts")
            {
                problems.Add($"{module.Assembly.GetName().Name}'s contracts are {module.Contracts.GetName().Name}, not {module.Assembly.GetName().Name}.Contracts");
            }

            if (module.Assembly.GetTypes().All(t => t.Name != $"SqlServer{folder}DbContext"))
            {
                problems.Add($"{module.Assembly.GetName().Name} has no SqlServer{folder}DbContext for its SQL Server migrations");
            }
        }

        return problems;
    }

    /// <summary>Handlers of an assembly that the host's source-generated mediator does not register (its assembly is missing from AddMediator's list).</summary>
    public static IReadOnlyList<string> HandlersTheMediatorMisses(Assembly assembly, IReadOnlyCollection<ServiceDescriptor> registrations)
    {
        var registered = registrations.Select(d => d.ImplementationType ?? d.ServiceType).ToHashSet();
        return assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() is var d
                && (d == typeof(IRequestHandler<,>) || d == typeof(IRequestHandler<>) || d == typeof(INotificationHandler<>))))
            .Where(t => !registered.Contains(t))
            .Select(t => $"{t.FullName} is not wired by the host's mediator (add its assembly to AddMediator's list)")
            .ToList();
    }

    /// <summary>A module may use other modules only through their Contracts assemblies.</summary>
    public static IReadOnlyList<string> ReferencesToOtherModules(Assembly module, IEnumerable<Assembly> modules)
    {
        var others = modules.Where(m => m != module).Select(m => m.GetName().Name).ToHashSet();
        return module.GetReferencedAssemblies()
            .Where(reference => others.Contains(reference.Name))
            .Select(reference => $"{module.GetName().Name} references {reference.Name}")
            .ToList();
    }

    /// <summary>Contracts depend on nothing of ours but the BuildingBlocks abstractions.</summary>
    public static IReadOnlyList<string> ContractsDependencies(Assembly contracts) =>
        contracts.GetReferencedAssemblies()
            .Where(reference => reference.Name!.StartsWith("Clinic.", StringComparison.Ordinal) && reference.Name != BuildingBlocksAbstractions)
            .Select(reference => $"{contracts.GetName().Name} references {reference.Name}")
            .ToList();

    /// <summary>Handlers, validators and DbContexts are implementation details: internal.</summary>
    public static IReadOnlyList<string> PublicImplementationTypes(Assembly assembly)
    {
        var handlers = Types.InAssembly(assembly).That()
            .ImplementInterface(typeof(IRequestHandler<,>)).Or().ImplementInterface(typeof(IRequestHandler<>))
            .Or().ImplementInterface(typeof(INotificationHandler<>))
            .Or().Inherit(typeof(AbstractValidator<>))
            .Or().Inherit(typeof(DbContext))
            .Should().NotBePublic()
            .GetResult();
        return Names(handlers);
    }

    /// <summary>The domain is plain C#: no EF Core, ASP.NET Core or mediator in it.</summary>
    public static IReadOnlyList<string> DomainDependencies(Assembly assembly)
    {
        var result = Types.InAssembly(assembly).That()
            .ResideInNamespaceContaining(".Domain")
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Mediator")
            .GetResult();
        return Names(result);
    }

    /// <summary>The host composes; it holds no handlers, validators or DbContexts of its own.</summary>
    public static IReadOnlyList<string> BusinessTypesIn(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => !t.IsAbstract && (
                t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() is var d
                    && (d == typeof(IRequestHandler<,>) || d == typeof(IRequestHandler<>) || d == typeof(INotificationHandler<>)))
                || InheritsGeneric(t, typeof(AbstractValidator<>))
                || typeof(DbContext).IsAssignableFrom(t)))
            .Select(t => $"{t.FullName} is business logic in {assembly.GetName().Name}")
            .ToList();

    private static bool InheritsGeneric(Type type, Type openGeneric)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == openGeneric)
            {
                return true;
            }
        }

        return false;
    }

    private static IReadOnlyList<string> Names(TestResult result) =>
        result.IsSuccessful ? [] : (result.FailingTypeNames ?? []).ToList();
}
