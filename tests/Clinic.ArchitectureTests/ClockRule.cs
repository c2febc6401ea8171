using System.Reflection;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Clinic.ArchitectureTests;

/// <summary>
/// Product code reads time only through <see cref="TimeProvider"/>: a call to the machine's clock is where a test
/// clock stops ruling and a test starts depending on today's date. Read from the compiled IL, so lambdas,
/// property initialisers and generated code are covered too.
/// </summary>
internal static class ClockRule
{
    private static readonly HashSet<string> MachineClock =
    [
        "System.DateTime System.DateTime::get_Now()",
        "System.DateTime System.DateTime::get_UtcNow()",
        "System.DateTime System.DateTime::get_Today()",
        "System.DateTimeOffset System.DateTimeOffset::get_Now()",
        "System.DateTimeOffset System.DateTimeOffset::get_UtcNow()",
    ];

    public static IReadOnlyList<string> MachineClockReads(Assembly assembly)
    {
        using var definition = AssemblyDefinition.ReadAssembly(assembly.Location);
        return definition.Modules
            .SelectMany(module => module.GetTypes())
            .SelectMany(type => type.Methods)
            .Where(method => method.HasBody)
            .SelectMany(method => method.Body.Instructions
                .Where(instruction => instruction.OpCode.Code is Code.Call or Code.Callvirt or Code.Ldftn
                                      && instruction.Operand is MethodReference called
                                      && MachineClock.Contains(called.FullName))
                .Select(instruction => $"{method.DeclaringType.FullName}.{method.Name} reads {((MethodReference)instruction.Operand).Name[4..]} of {((MethodReference)instruction.Operand).DeclaringType.Name}"))
            .Distinct()
            .ToList();
    }
}
