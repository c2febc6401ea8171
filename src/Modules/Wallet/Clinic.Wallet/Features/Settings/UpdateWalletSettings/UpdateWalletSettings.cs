using Mediator;

namespace Clinic.Wallet.Features.Settings.UpdateWalletSettings;

/// <summary>Turns wallet visibility in the portal (PP8) and the card check at booking (OB9) on or off.</summary>
public sealed record UpdateWalletSettings(bool WalletVisibleToPatients, bool CardCheckEnabled) : IRequest<WalletSettingsView>;
