using Clinic.BuildingBlocks.Errors;

namespace Clinic.Identity.Features.PhoneVerification.SendPhoneVerificationCode;

/// <summary>The connection has asked for many codes this hour: the next one needs a reCAPTCHA token ("code": "captcha-required").</summary>
internal sealed class CaptchaRequiredException()
    : BusinessRuleException("Many codes have been requested from this connection. Confirm you are not a robot to get another one.")
{
    public override IReadOnlyDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?> { ["code"] = "captcha-required" };
}
