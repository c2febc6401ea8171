using FluentValidation;

namespace Clinic.Wallet.Features.Development.AuthenticateDevelopmentSetup;

internal sealed class AuthenticateDevelopmentSetupValidator : AbstractValidator<AuthenticateDevelopmentSetup>
{
    public AuthenticateDevelopmentSetupValidator() => RuleFor(c => c.ClientSecret).NotEmpty().MaximumLength(300);
}
