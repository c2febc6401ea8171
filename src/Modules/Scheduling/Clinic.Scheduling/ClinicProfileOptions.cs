namespace Clinic.Scheduling;

/// <summary>Configuration section "Clinic": who the clinic is, as patients see it.</summary>
public sealed class ClinicProfileOptions
{
    public const string Section = "Clinic";

    public string Name { get; set; } = "Clinic";

    /// <summary>Language for patients who have not chosen one ("es" or "en").</summary>
    public string DefaultLanguage { get; set; } = "es";

    /// <summary>ISO 4217 code every price in the catalog is expressed in.</summary>
    public string Currency { get; set; } = "EUR";

    /// <summary>IANA zone for times that belong to the clinic rather than to one location (e.g. the staff message log).</summary>
    public string TimeZone { get; set; } = "Europe/Madrid";
}
