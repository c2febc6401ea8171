using FluentValidation;

namespace Clinic.Identity.Features.PhoneVerification.ConsumePhoneVerificationToken;

internal sealed class ConsumePhoneVerificationTokenValidator : AbstractValidator<Contracts.ConsumePhoneVerificationToken>
{
    public ConsumePhoneVerificationTokenValidator() => RuleFor(c => c.UsedFor).MaximumLength(Domain.PhoneVerifications.PhoneVerification.UsedForLength);
}
