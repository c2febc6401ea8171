namespace Clinic.Identity.Options;

/// <summary>Configuration section "Identity": where patients reach the clinic. (Phones are read in the clinic's one region: Clinic:DefaultPhoneRegion.)</summary>
public sealed class PortalOptions
{
    public const string Section = "Identity";

    /// <summary>
    /// Public address of the booking portal, used in emailed links until an Admin sets one in portal-access
    /// settings. Filled from "Clinic:PublicUrl", the one public address the modules share.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
}
