using System.Reflection;
using System.Text.RegularExpressions;
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
internal static partial class ArchitectureRules
{
    private const string BuildingBlocksAbstractions = "Clinic.BuildingBlocks.Abstractions";

    /// <summary>
    /// No use case uses another use case's folder (Features/&lt;Group&gt;/&lt;UseCase&gt;). What several use cases share
    /// lives once, at their group's level, the Features root, or outside Features (Domain, Persistence, Integration).
    /// </summary>
    public static IReadOnlyList<string> UseCasesReachingIntoOthers(Assembly assembly)
    {
        using var dependencies = new TypeDependencies(assembly);
        return dependencies.Types
            .Where(type => UseCaseNamespace().IsMatch(type.Namespace))
            .SelectMany(type => TypeDependencies.Of(type)
                .Where(used => NamespaceOf(used) is var other && other != type.Namespace && UseCaseNamespace().IsMatch(other))
                .Select(used => $"{type.FullName} uses {Readable(used)} of another use case"))
            .Distinct()
            .ToList();
    }

    /// <summary>
    /// An endpoint only turns HTTP into a mediator request: it may use ASP.NET Core and the HTTP plumbing of the
    /// building blocks, the mediator's ISender, the shared abstractions, its module's request and response records
    /// and its module's enums (query values) — no handler, DbContext, domain entity or service.
    /// </summary>
    public static IReadOnlyList<string> EndpointsDoingMoreThanSending(Assembly assembly)
    {
        using var dependencies = new TypeDependencies(assembly);
        var own = dependencies.Types.ToDictionary(t => t.FullName, StringComparer.Ordinal);
        bool IsShape(string used) =>
            own.TryGetValue(used.Split('/')[0], out var type)
            && (type.IsEnum || (type.Namespace.Contains(".Features", StringComparison.Ordinal) && TypeDependencies.IsRecord(type) && !TypeDependencies.Implements(type, HandlerInterfaces)));
        return dependencies.Types
            .Where(type => type.Name.EndsWith("Endpoint", StringComparison.Ordinal) && type.Namespace.Contains(".Features", StringComparison.Ordinal))
            .SelectMany(endpoint => TypeDependencies.Of(endpoint)
                .Where(used => !EndpointVocabulary.Any(prefix => used.StartsWith(prefix, StringComparison.Ordinal)) && !IsShape(used))
                .Select(used => $"{endpoint.FullName} uses {Readable(used)}"))
            .Distinct()
            .ToList();
    }

    /// <summary>Contracts carry data: records, interfaces, enums, and the module's name constant; no class with behaviour.</summary>
    public static IReadOnlyList<string> ContractsWithBehaviour(Assembly contracts)
    {
        using var dependencies = new TypeDependencies(contracts);
        return dependencies.Types
            .Where(type => !type.CustomAttributes.Any(a => a.AttributeType.Name == "CompilerGeneratedAttribute"))
            .Where(type => !(type.IsInterface || type.IsEnum || TypeDependencies.IsRecord(type) || IsConstantsOnly(type)))
            .Select(type => $"{type.FullName} is neither a record, an interface, an enum nor constants")
            .ToList();
    }
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

    private static readonly string[] HandlerInterfaces = ["Mediator.IRequestHandler`1", "Mediator.IRequestHandler`2", "Mediator.INotificationHandler`1"];

    // "Mediator.IRequest`" is the constraint of ISender.Send, not the handler interface ("Mediator.IRequestHandler`…");
    // "<>" are the delegate types the compiler makes for endpoint lambdas with many parameters.
    private static readonly string[] EndpointVocabulary =
    [
        "System.", "Microsoft.AspNetCore.", "Microsoft.Net.Http.Headers.", "Microsoft.Extensions.Primitives.", "Mediator.ISender", "Mediator.IRequest`",
        "Mediator.Unit", BuildingBlocksAbstractions + ".", "Clinic.BuildingBlocks.Http.", "<",
    ];

    [GeneratedRegex(@"^Clinic\.\w+\.Features\.\w+\.\w+$")]
    private static partial Regex UseCaseNamespace();

    private static string NamespaceOf(string fullName)
    {
        var outer = fullName.Split('/')[0];
        var dot = outer.LastIndexOf('.');
        return dot < 0 ? "" : outer[..dot];
    }

    private static string Readable(string fullName) => fullName.Replace('/', '.');

    private static bool IsConstantsOnly(Mono.Cecil.TypeDefinition type) =>
        type is { IsAbstract: true, IsSealed: true } && type.Fields.All(f => f.IsLiteral) && type.Methods.All(m => m.IsConstructor) && type.Properties.Count == 0;

    private static IReadOnlyList<string> Names(TestResult result) =>
        result.IsSuccessful ? [] : (result.FailingTypeNames ?? []).ToList();
}
