namespace Clinic.Identity.Options;

/// <summary>Configuration section "Identity:Recaptcha": which verifier checks the login form's reCAPTCHA v3 token.</summary>
public sealed class RecaptchaOptions
{
    public const string Section = "Identity:Recaptcha";

    public RecaptchaProvider Provider { get; set; } = RecaptchaProvider.Development;

    /// <summary>Public key the SPA loads Google's script with; shown to browsers.</summary>
    public string? SiteKey { get; set; }

    /// <summary>Server secret for siteverify; from configuration or environment, never the repo.</summary>
    public string? SecretKey { get; set; }

    /// <summary>reCAPTCHA v3 scores run from 0 (bot) to 1 (human).</summary>
    public double MinimumScore { get; set; } = 0.5;

    public string ExpectedAction { get; set; } = "login";

    public Uri VerifyUrl { get; set; } = new("https://www.google.com/recaptcha/api/siteverify");
}
