using Clinic.Wallet.Persistence;
using FluentValidation;

namespace Clinic.Wallet.Features.Ledger.AssignPackage;

internal sealed class AssignPackageValidator : AbstractValidator<AssignPackage>
{
    public AssignPackageValidator()
    {
        RuleFor(c => c.PackageProductId).NotEmpty();
        RuleFor(c => c.PricePaidMinor).GreaterThanOrEqualTo(0).WithMessage("The price paid cannot be negative.").LessThanOrEqualTo(100_000_000);
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why the package is assigned (sold at the desk, a gift…).").MaximumLength(WalletLimits.ReasonLength);
    }
}
