using Microsoft.Extensions.Configuration;

namespace Clinic.BuildingBlocks.Phones;

/// <summary>
/// The clinic's one phone region, "Clinic:DefaultPhoneRegion". Before there was one setting, Identity read
/// "Identity:DefaultPhoneRegion" and Notifications "Notifications:Sms:DefaultRegion"; either still works when
/// the new key is absent, and if both are set they must agree.
/// </summary>
public sealed class PhoneNumberOptions
{
    public const string Key = "Clinic:DefaultPhoneRegion";
    public const string LegacyIdentityKey = "Identity:DefaultPhoneRegion";
    public const string LegacySmsKey = "Notifications:Sms:DefaultRegion";

    /// <summary>ISO 3166 country assumed for phone numbers typed without a country code.</summary>
    public string DefaultRegion { get; set; } = "ES";

    /// <summary>Only the legacy keys are given and they name different regions: the host refuses to start rather than guess.</summary>
    public bool LegacySettingsDisagree { get; set; }

    public static void Read(PhoneNumberOptions options, IConfiguration configuration)
    {
        var identity = configuration[LegacyIdentityKey];
        var sms = configuration[LegacySmsKey];
        if (configuration[Key] is { Length: > 0 } region)
        {
            options.DefaultRegion = region;
        }
        else if (identity is { Length: > 0 } && sms is { Length: > 0 } && !string.Equals(identity, sms, StringComparison.OrdinalIgnoreCase))
        {
            options.LegacySettingsDisagree = true;
        }
        else if ((identity is { Length: > 0 } ? identity : sms) is { Length: > 0 } legacy)
        {
            options.DefaultRegion = legacy;
        }
    }
}
