using FluentValidation;

namespace Clinic.Wallet.Features.Development.ConfirmDevelopmentPayment;

internal sealed class ConfirmDevelopmentPaymentValidator : AbstractValidator<ConfirmDevelopmentPayment>
{
    public ConfirmDevelopmentPaymentValidator()
    {
        RuleFor(c => c.ClientSecret).NotEmpty().MaximumLength(300);
        RuleFor(c => c.Card!).SetValidator(new DevelopmentCardValidator()).When(c => c.Card is not null);
    }
}
