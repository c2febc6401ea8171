namespace Clinic.Identity;

/// <summary>Configuration section "Identity": where patients reach the clinic and how their phones are read.</summary>
public sealed class PortalOptions
{
    public const string Section = "Identity";

    /// <summary>
    /// Public address of the booking portal, used in emailed links until an Admin sets one in portal-access
    /// settings. Filled from "Clinic:PublicUrl", the one public address the modules share.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>ISO country assumed for phone numbers typed without a country code.</summary>
    public string DefaultPhoneRegion { get; set; } = "ES";
}
