using Clinic.Wallet.Persistence;
using FluentValidation;

namespace Clinic.Wallet.Features.Ledger.AdjustCredit;

internal sealed class AdjustCreditValidator : AbstractValidator<AdjustCredit>
{
    public AdjustCreditValidator()
    {
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.AmountMinor).GreaterThan(0).WithMessage("Enter an amount greater than zero.").LessThanOrEqualTo(100_000_000);
        RuleFor(c => c.Currency).NotEmpty().Matches("^[A-Za-z]{3}$").WithMessage("Currency is a three-letter ISO 4217 code, e.g. EUR.");
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why the wallet changes.").MaximumLength(WalletLimits.ReasonLength);
    }
}
