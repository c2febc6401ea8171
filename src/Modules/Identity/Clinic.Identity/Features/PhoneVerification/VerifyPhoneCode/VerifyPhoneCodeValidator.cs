using Clinic.BuildingBlocks.Phones;
using FluentValidation;

namespace Clinic.Identity.Features.PhoneVerification.VerifyPhoneCode;

internal sealed class VerifyPhoneCodeValidator : AbstractValidator<VerifyPhoneCode>
{
    public VerifyPhoneCodeValidator(PhoneNumberNormalizer phones)
    {
        RuleFor(v => v.Phone).NotEmpty().PhoneNumber(phones);
        RuleFor(v => v.Code).NotEmpty().Matches("^[0-9]{4,10}$").WithMessage("Enter the digits of the code we sent you.");
    }
}
