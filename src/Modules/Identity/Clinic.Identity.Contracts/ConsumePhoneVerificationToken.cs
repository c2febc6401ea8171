using Mediator;

namespace Clinic.Identity.Contracts;

/// <summary>Uses up a phone-verification token when the booking it proved is confirmed; false if it was not valid (any more).</summary>
public sealed record ConsumePhoneVerificationToken(string Token, string Phone) : IRequest<bool>;
