using FluentValidation;

namespace Clinic.Forms.Features.Assisted.SignAssistedConsent;

internal sealed class SignAssistedConsentValidator : AbstractValidator<SignAssistedConsent>
{
    public SignAssistedConsentValidator() => Include(new SignatureRequestValidator());
}
