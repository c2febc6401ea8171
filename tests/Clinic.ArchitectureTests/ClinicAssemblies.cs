using System.Reflection;
using Clinic.BuildingBlocks.Modules;
using Clinic.Host;

namespace Clinic.ArchitectureTests;

/// <summary>The product's assemblies as the host lists them (<see cref="ClinicModules.All"/>), so a new module is checked without editing the tests.</summary>
internal static class ClinicAssemblies
{
    private static readonly Lazy<IReadOnlyList<Assembly>> All = new(() =>
        Directory.GetFiles(AppContext.BaseDirectory, "Clinic.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !name!.Contains("Tests", StringComparison.Ordinal))
            .Select(name => Assembly.Load(name!))
            .ToList());

    /// <summary>Every assembly of the product: host, building blocks, modules and their contracts.</summary>
    public static IReadOnlyList<Assembly> Product => All.Value;

    public static Assembly Host => typeof(ClinicModules).Assembly;

    public static Assembly Fixture => typeof(Fixtures.Features.PublicHandler).Assembly;

    public static IReadOnlyList<ModuleDefinition> ModuleList => ClinicModules.All;

    /// <summary>Module implementation assemblies: Clinic.&lt;Module&gt;.</summary>
    public static IReadOnlyList<Assembly> Modules => ModuleList.Select(m => m.Assembly).ToList();

    public static IReadOnlyList<Assembly> Contracts => ModuleList.Select(m => m.Contracts).ToList();

    /// <summary>One row per listed module, for theories that check each module by name.</summary>
    public static TheoryData<string> ModuleNames => new(ModuleList.Select(m => m.Name));

    public static ModuleDefinition Module(string name) => ModuleList.Single(m => m.Name == name);

    /// <summary>The module folders under src/Modules of the checkout the tests were built from.</summary>
    public static IReadOnlyList<string> ModuleFolders()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Clinic.sln")))
        {
            directory = directory.Parent;
        }

        var modules = Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("Clinic.sln not found above the test output."), "src", "Modules");
        return Directory.GetDirectories(modules).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
    }
}
