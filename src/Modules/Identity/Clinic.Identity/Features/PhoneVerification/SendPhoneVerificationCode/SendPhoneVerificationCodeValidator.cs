using FluentValidation;
using Microsoft.Extensions.Options;

namespace Clinic.Identity.Features.PhoneVerification.SendPhoneVerificationCode;

internal sealed class SendPhoneVerificationCodeValidator : AbstractValidator<SendPhoneVerificationCode>
{
    public SendPhoneVerificationCodeValidator(IOptions<PortalOptions> portal)
    {
        RuleFor(s => s.Phone).NotEmpty().Phone(portal.Value.DefaultPhoneRegion);
        RuleFor(s => s.Language).Language();
    }
}
