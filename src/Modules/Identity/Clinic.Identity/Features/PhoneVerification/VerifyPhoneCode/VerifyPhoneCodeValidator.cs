using FluentValidation;
using Microsoft.Extensions.Options;

namespace Clinic.Identity.Features.PhoneVerification.VerifyPhoneCode;

internal sealed class VerifyPhoneCodeValidator : AbstractValidator<VerifyPhoneCode>
{
    public VerifyPhoneCodeValidator(IOptions<PortalOptions> portal)
    {
        RuleFor(v => v.Phone).NotEmpty().Phone(portal.Value.DefaultPhoneRegion);
        RuleFor(v => v.Code).NotEmpty().Matches("^[0-9]{4,10}$").WithMessage("Enter the digits of the code we sent you.");
    }
}
