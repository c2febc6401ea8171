using Mediator;

namespace Clinic.Identity.Contracts;

/// <summary>Whether the clinic currently requires the SMS code step before a booking (portal-access setting).</summary>
public sealed record GetPhoneVerificationPolicy : IRequest<PhoneVerificationPolicy>;

public sealed record PhoneVerificationPolicy(bool Required);
