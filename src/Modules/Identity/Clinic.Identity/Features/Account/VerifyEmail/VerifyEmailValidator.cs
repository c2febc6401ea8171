using FluentValidation;

namespace Clinic.Identity.Features.Account.VerifyEmail;

internal sealed class VerifyEmailValidator : AbstractValidator<VerifyEmail>
{
    public VerifyEmailValidator() => RuleFor(v => v.Token).NotEmpty().MaximumLength(200);
}
