using System.Reflection;
using System.Text.RegularExpressions;

namespace Clinic.ArchitectureTests;

/// <summary>The product's assemblies, found by name in the test output so a new module is checked without editing the tests.</summary>
internal static partial class ClinicAssemblies
{
    private static readonly Lazy<IReadOnlyList<Assembly>> All = new(() =>
        Directory.GetFiles(AppContext.BaseDirectory, "Clinic.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !name!.Contains("Tests", StringComparison.Ordinal))
            .Select(name => Assembly.Load(name!))
            .ToList());

    /// <summary>Every assembly of the product: host, building blocks, modules and their contracts.</summary>
    public static IReadOnlyList<Assembly> Product => All.Value;

    public static Assembly Host => All.Value.Single(a => a.GetName().Name == "Clinic.Host");

    public static Assembly Fixture => typeof(Fixtures.Features.PublicHandler).Assembly;

    /// <summary>Module implementation assemblies: Clinic.&lt;Module&gt;, not the host, building blocks or contracts.</summary>
    public static IReadOnlyList<Assembly> Modules =>
        All.Value.Where(a => ModuleName().IsMatch(a.GetName().Name!) && a.GetName().Name is not ("Clinic.Host" or "Clinic.BuildingBlocks")).ToList();

    public static IReadOnlyList<Assembly> Contracts =>
        All.Value.Where(a => a.GetName().Name!.EndsWith(".Contracts", StringComparison.Ordinal)).ToList();

    [GeneratedRegex(@"^Clinic\.[A-Za-z]+$")]
    private static partial Regex ModuleName();
}
