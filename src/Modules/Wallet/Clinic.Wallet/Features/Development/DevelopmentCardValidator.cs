using Clinic.Wallet.Adapters.Payments.Development;
using FluentValidation;

namespace Clinic.Wallet.Features.Development;

internal sealed class DevelopmentCardValidator : AbstractValidator<DevelopmentCard>
{
    public DevelopmentCardValidator()
    {
        RuleFor(c => c.Scenario).IsInEnum();
        RuleFor(c => c.Brand).NotEmpty().Matches("^[A-Za-z]{2,20}$");
        RuleFor(c => c.Last4).NotEmpty().Matches("^[0-9]{4}$").WithMessage("Last4 is the card's last four digits.");
        RuleFor(c => c.ExpMonth).InclusiveBetween(1, 12);
        RuleFor(c => c.ExpYear).InclusiveBetween(2000, 2100);
    }
}
