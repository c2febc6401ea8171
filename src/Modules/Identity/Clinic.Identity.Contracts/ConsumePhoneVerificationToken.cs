using Mediator;

namespace Clinic.Identity.Contracts;

/// <summary>
/// Uses up a phone-verification token (OB4) for what <paramref name="UsedFor"/> names, e.g. "booking:{hold group}".
/// True when this call used it, or an earlier call with the same <paramref name="UsedFor"/> did (so a retry of the
/// same booking may ask again); false when the token is unknown, expired, proves another phone, or was used for
/// something else. Without <paramref name="UsedFor"/> a token is used once and never again. Of concurrent calls for
/// different purposes exactly one gets the token.
/// </summary>
public sealed record ConsumePhoneVerificationToken(string Token, string Phone, string? UsedFor = null) : IRequest<bool>;
