namespace Clinic.Forms.Features;

/// <summary>The languages forms are written and shown in (BY1).</summary>
internal static class Languages
{
    public static readonly string[] Supported = ["es", "en"];

    public static bool IsSupported(string? language) => language is "es" or "en";

    public static string Resolve(string? preferred, string clinicDefault) =>
        IsSupported(preferred) ? preferred! : IsSupported(clinicDefault) ? clinicDefault : "es";
}
