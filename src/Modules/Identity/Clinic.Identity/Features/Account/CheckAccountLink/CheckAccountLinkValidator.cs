using FluentValidation;

namespace Clinic.Identity.Features.Account.CheckAccountLink;

internal sealed class CheckAccountLinkValidator : AbstractValidator<CheckAccountLink>
{
    public CheckAccountLinkValidator()
    {
        RuleFor(c => c.Kind).Must(kind => kind is "activation" or "password-reset").WithMessage("Kind is \"activation\" or \"password-reset\".");
        RuleFor(c => c.Token).NotEmpty().MaximumLength(200);
    }
}
