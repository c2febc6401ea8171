using FluentValidation;

namespace Clinic.Identity.Features.Account.ActivateAccount;

internal sealed class ActivateAccountValidator : AbstractValidator<ActivateAccount>
{
    public ActivateAccountValidator()
    {
        RuleFor(a => a.Token).NotEmpty().MaximumLength(200);
        RuleFor(a => a.Password).NewPassword();
    }
}
