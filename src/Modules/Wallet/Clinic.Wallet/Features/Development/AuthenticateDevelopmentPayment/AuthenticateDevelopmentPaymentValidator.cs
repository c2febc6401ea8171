using FluentValidation;

namespace Clinic.Wallet.Features.Development.AuthenticateDevelopmentPayment;

internal sealed class AuthenticateDevelopmentPaymentValidator : AbstractValidator<AuthenticateDevelopmentPayment>
{
    public AuthenticateDevelopmentPaymentValidator() => RuleFor(c => c.ClientSecret).NotEmpty().MaximumLength(300);
}
