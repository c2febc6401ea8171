using Clinic.Wallet.Persistence;
using FluentValidation;

namespace Clinic.Wallet.Features.Staff.WaiveFee;

internal sealed class WaiveFeeValidator : AbstractValidator<WaiveFee>
{
    public WaiveFeeValidator() =>
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why the fee is waived.").MaximumLength(WalletLimits.ReasonLength);
}
