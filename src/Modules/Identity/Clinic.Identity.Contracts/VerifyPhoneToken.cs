using Mediator;

namespace Clinic.Identity.Contracts;

/// <summary>
/// Is <paramref name="Token"/> an unexpired, unused proof that <paramref name="Phone"/> received and
/// returned an SMS code (OB4)? Does not use the token up; see <see cref="ConsumePhoneVerificationToken"/>.
/// </summary>
public sealed record VerifyPhoneToken(string Token, string Phone) : IRequest<bool>;
