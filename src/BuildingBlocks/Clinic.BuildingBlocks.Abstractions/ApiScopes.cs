namespace Clinic.BuildingBlocks.Abstractions;

/// <summary>What an integrator's API key may be allowed to do; an Admin picks them when creating the key.</summary>
public static class ApiScopes
{
    public const string CatalogRead = "catalog:read";
    public const string PatientsRead = "patients:read";
    public const string PatientsWrite = "patients:write";

    /// <summary>Which forms a patient was asked for and whether they are done: status only, never answers.</summary>
    public const string FormsStatus = "forms:status";

    /// <summary>Clinical content: answers, signed consents and their PDFs, medical history. Every read is audited.</summary>
    public const string FormsClinical = "forms:clinical";

    public static IReadOnlyList<string> All { get; } = [CatalogRead, PatientsRead, PatientsWrite, FormsStatus, FormsClinical];
}
