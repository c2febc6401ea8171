using FluentValidation;

namespace Clinic.Wallet.Features.Development.ConfirmDevelopmentSetup;

internal sealed class ConfirmDevelopmentSetupValidator : AbstractValidator<ConfirmDevelopmentSetup>
{
    public ConfirmDevelopmentSetupValidator()
    {
        RuleFor(c => c.ClientSecret).NotEmpty().MaximumLength(300);
        RuleFor(c => c.Card).NotNull().SetValidator(new DevelopmentCardValidator());
    }
}
