using Clinic.Wallet.Persistence;
using FluentValidation;

namespace Clinic.Wallet.Features.Cards.SaveMyCard;

internal sealed class SaveMyCardValidator : AbstractValidator<SaveMyCard>
{
    public SaveMyCardValidator() => RuleFor(c => c.SetupId).NotEmpty().MaximumLength(WalletLimits.GatewayIdLength);
}
