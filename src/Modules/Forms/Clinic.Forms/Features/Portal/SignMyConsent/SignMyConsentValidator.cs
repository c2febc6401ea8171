using FluentValidation;

namespace Clinic.Forms.Features.Portal.SignMyConsent;

internal sealed class SignMyConsentValidator : AbstractValidator<SignMyConsent>
{
    public SignMyConsentValidator() => Include(new SignatureRequestValidator());
}
