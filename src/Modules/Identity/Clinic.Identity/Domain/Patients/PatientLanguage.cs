namespace Clinic.Identity.Domain.Patients;

/// <summary>The languages the clinic writes to patients in.</summary>
internal static class PatientLanguage
{
    public const string Default = "es";

    public static IReadOnlyList<string> Supported { get; } = ["es", "en"];

    public static bool IsSupported(string? language) => language is not null && Supported.Contains(language);
}
