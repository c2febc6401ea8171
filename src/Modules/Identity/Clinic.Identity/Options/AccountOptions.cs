namespace Clinic.Identity.Options;

/// <summary>Configuration section "Identity:Accounts": sessions, lockout and emailed links.</summary>
public sealed class AccountOptions
{
    public const string Section = "Identity:Accounts";

    /// <summary>A session with no request for this long ends (sliding), and the SPA logs the person out.</summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Failed passwords in a row before the account is locked.</summary>
    public int MaxFailedLogins { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan EmailVerificationLinkLifetime { get; set; } = TimeSpan.FromDays(2);

    public TimeSpan ActivationLinkLifetime { get; set; } = TimeSpan.FromDays(14);

    public TimeSpan PasswordResetLinkLifetime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>"Activate now" skips patients whose welcome email went out more recently than this.</summary>
    public TimeSpan WelcomeEmailResendInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Links of one kind emailed to one person per hour, so nobody can flood a mailbox through our forms.</summary>
    public int MaxLinksPerHour { get; set; } = 3;
}
