using Clinic.BuildingBlocks.Adapters;
namespace Clinic.Identity.Adapters.Recaptcha;

/// <summary>reCAPTCHA switched off: every request passes. Development adapter — Production will not start with it.</summary>
internal sealed class DevelopmentRecaptchaVerifier : IRecaptchaVerifier, IDevelopmentAdapter
{
    public Task<bool> VerifyAsync(string? token, string? remoteIp, CancellationToken cancellationToken) => Task.FromResult(true);
}
