using Mediator;

namespace Clinic.Identity.Features.PhoneVerification.SendPhoneVerificationCode;

/// <summary>Texts a one-time code to the phone a patient is booking with (OB4).</summary>
/// <param name="Phone">Any common notation; numbers without a country code are read in the clinic's country.</param>
/// <param name="Language">"es" or "en": the language of the SMS.</param>
/// <param name="RecaptchaToken">Needed only once the connection has asked for many codes this hour (422 with code "captcha-required").</param>
public sealed record SendPhoneVerificationCode(string Phone, string Language, string? RecaptchaToken = null) : IRequest<PhoneCodeSent>;

/// <param name="Phone">The number the code went to, in E.164.</param>
/// <param name="ExpiresAt">The code stops working at this instant (UTC).</param>
public sealed record PhoneCodeSent(string Phone, DateTimeOffset ExpiresAt);
