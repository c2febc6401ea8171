using Clinic.BuildingBlocks.Phones;
using FluentValidation;

namespace Clinic.Identity.Features.PhoneVerification.SendPhoneVerificationCode;

internal sealed class SendPhoneVerificationCodeValidator : AbstractValidator<SendPhoneVerificationCode>
{
    public SendPhoneVerificationCodeValidator(PhoneNumberNormalizer phones)
    {
        RuleFor(s => s.Phone).NotEmpty().PhoneNumber(phones);
        RuleFor(s => s.Language).Language();
    }
}
