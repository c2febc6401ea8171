using Mediator;

namespace Clinic.Wallet.Features.Settings.GetWalletSettings;

public sealed record GetWalletSettings : IRequest<WalletSettingsView>;
