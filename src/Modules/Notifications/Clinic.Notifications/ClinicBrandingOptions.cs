using Clinic.Notifications.Templates;

namespace Clinic.Notifications;

/// <summary>Configuration section "Clinic": how the clinic signs its emails and SMS.</summary>
public sealed class ClinicBrandingOptions
{
    public const string Section = "Clinic";

    public string Name { get; set; } = "Clinic";

    /// <summary>Language for patients who have not chosen one ("es" or "en").</summary>
    public string DefaultLanguage { get; set; } = "es";

    /// <summary>Absolute URL of the logo shown at the top of emails; the clinic name is shown without it.</summary>
    public string? LogoUrl { get; set; }

    /// <summary>Postal address in the footer of emails that are not about one location's appointment.</summary>
    public string? Address { get; set; }

    public string? Phone { get; set; }

    /// <summary>Where patients reach the booking site and portal; links in messages start with it.</summary>
    public string PublicUrl { get; set; } = "http://localhost:5080";

    /// <summary>IANA zone for times that belong to no location, such as when a link expires.</summary>
    public string TimeZone { get; set; } = "Europe/Madrid";

    internal ClinicBranding ToBranding() => new(Name, LogoUrl, Address, Phone, PublicUrl, TimeZone, DefaultLanguage);
}
