using System.Reflection;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Clinic.ArchitectureTests;

/// <summary>
/// Every type a type uses, read from the compiled IL — signatures, fields, attributes and method bodies, its lambdas
/// and state machines (nested types) included — so a rule can say exactly which dependency breaks it.
/// </summary>
internal sealed class TypeDependencies : IDisposable
{
    private readonly AssemblyDefinition definition;

    public TypeDependencies(Assembly assembly)
    {
        definition = AssemblyDefinition.ReadAssembly(assembly.Location);
        Types = definition.Modules.SelectMany(m => m.Types).Where(t => t.Name != "<Module>").ToList();
    }

    /// <summary>The assembly's top-level types; nested (compiler-generated) types count as part of the type that holds them.</summary>
    public IReadOnlyList<TypeDefinition> Types { get; }

    public void Dispose() => definition.Dispose();

    public static bool IsRecord(TypeDefinition type) => type.Methods.Any(m => m.Name == "<Clone>$");

    public static bool Implements(TypeDefinition type, params string[] openGenericInterfaces) =>
        type.Interfaces.Any(i => openGenericInterfaces.Contains(i.InterfaceType.GetElementType().FullName));

    /// <summary>Full names of the types <paramref name="type"/> and its nested types use, other than themselves.</summary>
    public static IReadOnlySet<string> Of(TypeDefinition type)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        Collect(type, found);
        found.RemoveWhere(name => name == type.FullName || name.StartsWith(type.FullName + "/", StringComparison.Ordinal));
        return found;
    }

    private static void Collect(TypeDefinition type, HashSet<string> found)
    {
        Add(type.BaseType, found);
        foreach (var contract in type.Interfaces)
        {
            Add(contract.InterfaceType, found);
        }

        AddAttributes(type.CustomAttributes, found);
        foreach (var field in type.Fields)
        {
            Add(field.FieldType, found);
            AddAttributes(field.CustomAttributes, found);
        }

        foreach (var property in type.Properties)
        {
            Add(property.PropertyType, found);
            AddAttributes(property.CustomAttributes, found);
        }

        foreach (var method in type.Methods)
        {
            AddSignature(method, found);
            AddAttributes(method.CustomAttributes, found);
            foreach (var parameter in method.Parameters)
            {
                AddAttributes(parameter.CustomAttributes, found);
            }

            if (!method.HasBody)
            {
                continue;
            }

            foreach (var variable in method.Body.Variables)
            {
                Add(variable.VariableType, found);
            }

            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference used:
                        Add(used, found);
                        break;
                    case MethodReference called:
                        Add(called.DeclaringType, found);
                        AddSignature(called, found);
                        if (called is GenericInstanceMethod generic)
                        {
                            generic.GenericArguments.ToList().ForEach(argument => Add(argument, found));
                        }

                        break;
                    case FieldReference read:
                        Add(read.DeclaringType, found);
                        Add(read.FieldType, found);
                        break;
                }
            }
        }

        foreach (var nested in type.NestedTypes)
        {
            Collect(nested, found);
        }
    }

    private static void AddSignature(MethodReference method, HashSet<string> found)
    {
        Add(method.ReturnType, found);
        foreach (var parameter in method.Parameters)
        {
            Add(parameter.ParameterType, found);
        }
    }

    private static void AddAttributes(IEnumerable<CustomAttribute> attributes, HashSet<string> found)
    {
        foreach (var attribute in attributes)
        {
            Add(attribute.AttributeType, found);
        }
    }

    private static void Add(TypeReference? type, HashSet<string> found)
    {
        switch (type)
        {
            case null or GenericParameter:
                return;
            case GenericInstanceType generic:
                Add(generic.ElementType, found);
                generic.GenericArguments.ToList().ForEach(argument => Add(argument, found));
                return;
            case TypeSpecification specification:
                Add(specification.ElementType, found);
                return;
            default:
                found.Add(type.FullName);
                return;
        }
    }
}
