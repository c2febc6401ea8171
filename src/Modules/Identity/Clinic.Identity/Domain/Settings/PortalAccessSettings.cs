namespace Clinic.Identity.Domain.Settings;

/// <summary>The clinic's "portal access" settings (ST1): one row, edited by an Admin.</summary>
internal sealed class PortalAccessSettings
{
    public const int SingletonId = 1;

    private PortalAccessSettings() { }

    public int Id { get; private set; } = SingletonId;

    /// <summary>PP1: a patient's first booking sends a welcome email to activate their portal account.</summary>
    public bool EmailActivationEnabled { get; private set; } = true;

    /// <summary>OB4: booking online needs an SMS code sent to the patient's phone.</summary>
    public bool PhoneVerificationRequired { get; private set; } = true;

    /// <summary>Where patients reach the booking portal (PP3); null falls back to the host's configured public URL.</summary>
    public string? PortalBaseUrl { get; private set; }

    public static PortalAccessSettings Defaults() => new();

    public void Update(bool emailActivationEnabled, bool phoneVerificationRequired, string? portalBaseUrl)
    {
        EmailActivationEnabled = emailActivationEnabled;
        PhoneVerificationRequired = phoneVerificationRequired;
        PortalBaseUrl = string.IsNullOrWhiteSpace(portalBaseUrl) ? null : portalBaseUrl.Trim().TrimEnd('/');
    }
}
