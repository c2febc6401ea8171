namespace Clinic.Scheduling.Domain.Catalog;

/// <summary>The form of a name used for uniqueness: "Limpieza Facial" and " limpieza facial " are the same name.</summary>
internal static class NameKey
{
    public static string Of(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
