using Mediator;

namespace Clinic.Identity.Features.Account.GetPublicAccountSettings;

/// <summary>What the SPA needs before anyone signs in: reCAPTCHA, whether booking asks for an SMS code, the idle timeout.</summary>
public sealed record GetPublicAccountSettings : IRequest<PublicAccountSettings>;

/// <param name="RecaptchaSiteKey">Load Google's reCAPTCHA v3 script with this key; null when reCAPTCHA is off.</param>
/// <param name="RecaptchaAction">The action name to execute reCAPTCHA with on the login form.</param>
/// <param name="PhoneVerificationRequired">Booking asks for an SMS code (OB4).</param>
/// <param name="SessionIdleMinutes">The SPA logs out after this many minutes without activity; the server ends the session too.</param>
public sealed record PublicAccountSettings(string? RecaptchaSiteKey, string RecaptchaAction, bool PhoneVerificationRequired, int SessionIdleMinutes);
