namespace Clinic.Identity.Options;

/// <summary>Configuration section "Identity:PhoneVerification": the SMS code step (OB4).</summary>
public sealed class PhoneVerificationOptions
{
    public const string Section = "Identity:PhoneVerification";

    public int CodeLength { get; set; } = 6;

    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Checks allowed per code, right or wrong.</summary>
    public int MaxChecksPerCode { get; set; } = 5;

    /// <summary>Codes sent to one phone per rolling hour (SMS pumping costs the clinic money).</summary>
    public int MaxCodesPerPhonePerHour { get; set; } = 5;

    /// <summary>How long the proof of a verified phone stays valid for the booking to use it.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);
}
