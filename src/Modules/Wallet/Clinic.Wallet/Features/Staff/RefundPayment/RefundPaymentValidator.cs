using Clinic.Wallet.Persistence;
using FluentValidation;

namespace Clinic.Wallet.Features.Staff.RefundPayment;

internal sealed class RefundPaymentValidator : AbstractValidator<RefundPayment>
{
    public RefundPaymentValidator()
    {
        RuleFor(c => c.AmountMinor).GreaterThan(0).WithMessage("Refund an amount greater than zero.");
        RuleFor(c => c.Currency).NotEmpty().Matches("^[A-Za-z]{3}$").WithMessage("Currency is a three-letter ISO 4217 code, e.g. EUR.");
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why the money is given back.").MaximumLength(WalletLimits.ReasonLength);
    }
}
