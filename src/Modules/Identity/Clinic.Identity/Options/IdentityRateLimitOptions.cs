namespace Clinic.Identity.Options;

/// <summary>Configuration section "Identity:RateLimits": per client IP address, on top of per-account lockout.</summary>
public sealed class IdentityRateLimitOptions
{
    public const string Section = "Identity:RateLimits";

    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>Register, verify, activate, forgot and reset password.</summary>
    public int AccountRequestsPerMinute { get; set; } = 10;

    /// <summary>SMS codes requested from one address per hour, whatever the phone.</summary>
    public int SmsCodesPerHour { get; set; } = 10;

    /// <summary>Code checks from one address per minute.</summary>
    public int SmsChecksPerMinute { get; set; } = 20;
}
