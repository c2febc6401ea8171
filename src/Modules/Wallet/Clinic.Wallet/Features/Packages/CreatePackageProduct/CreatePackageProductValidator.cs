using Clinic.Wallet.Persistence;
using FluentValidation;

namespace Clinic.Wallet.Features.Packages.CreatePackageProduct;

internal sealed class CreatePackageProductValidator : AbstractValidator<CreatePackageProduct>
{
    public CreatePackageProductValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("Name the package.").MaximumLength(WalletLimits.NameLength);
        RuleFor(c => c.Lines).NotEmpty().WithMessage("Add at least one service with its number of sessions.")
            .Must(l => l.Count <= 20).WithMessage("At most 20 services per package.")
            .Must(l => l.Select(x => x.ServiceId).Distinct().Count() == l.Count).WithMessage("A service appears twice.");
        RuleForEach(c => c.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.ServiceId).NotEmpty();
            line.RuleFor(l => l.Sessions).InclusiveBetween(1, 100).WithMessage("Sessions must be between 1 and 100.");
        });
        RuleFor(c => c.ValidityDays).InclusiveBetween(1, 3650).WithMessage("Validity is between 1 and 3650 days.");
        RuleFor(c => c.PriceMinor).GreaterThanOrEqualTo(0).LessThanOrEqualTo(100_000_000);
        RuleFor(c => c.Currency).NotEmpty().Matches("^[A-Za-z]{3}$").WithMessage("Currency is a three-letter ISO 4217 code, e.g. EUR.");
    }
}
