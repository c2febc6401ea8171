namespace Clinic.Identity.Adapters.Recaptcha;

/// <summary>Tells a person from a bot on the login form.</summary>
internal interface IRecaptchaVerifier
{
    Task<bool> VerifyAsync(string? token, string? remoteIp, CancellationToken cancellationToken);
}
