namespace Clinic.Forms;

/// <summary>The part of configuration section "Clinic" that Forms prints on signed documents.</summary>
public sealed class ClinicOptions
{
    public const string Section = "Clinic";

    public string Name { get; set; } = "Clinic";

    /// <summary>Language for patients who have not chosen one ("es" or "en").</summary>
    public string DefaultLanguage { get; set; } = "es";

    /// <summary>The clinic's public address; FHIR exports name their forms under it.</summary>
    public string PublicUrl { get; set; } = "http://localhost:5080";
}
