namespace Clinic.Identity.Options;

/// <summary>Configuration section "Identity:RateLimits": per client IP address, on top of per-account lockout.</summary>
public sealed class IdentityRateLimitOptions
{
    public const string Section = "Identity:RateLimits";

    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>Register, verify, activate, forgot and reset password.</summary>
    public int AccountRequestsPerMinute { get; set; } = 10;

    /// <summary>
    /// SMS codes requested from one address per hour, whatever the phone: a hard ceiling against SMS pumping, set high
    /// because a clinic's Wi-Fi, a reception tablet or a mobile carrier puts many real patients behind one address.
    /// </summary>
    public int SmsCodesPerHour { get; set; } = 200;

    /// <summary>Codes one address may request per hour before each further one needs a reCAPTCHA token (escalation, not a lock-out).</summary>
    public int SmsCodesPerHourBeforeCaptcha { get; set; } = 10;

    /// <summary>Code checks from one address per minute.</summary>
    public int SmsChecksPerMinute { get; set; } = 20;
}
