using Mediator;

namespace Clinic.Identity.Features.PhoneVerification.VerifyPhoneCode;

/// <summary>Checks the code a patient received by SMS; the answer's token proves the phone to the booking step.</summary>
public sealed record VerifyPhoneCode(string Phone, string Code) : IRequest<PhoneVerified>;

/// <param name="Token">Send it with the booking; single use.</param>
/// <param name="ExpiresAt">The token stops working at this instant (UTC).</param>
public sealed record PhoneVerified(string Phone, string Token, DateTimeOffset ExpiresAt);
