using Clinic.Wallet.Domain.Settings;

namespace Clinic.Wallet.Features.Settings;

/// <summary>
/// The clinic's wallet settings: whether patients see their wallet in the portal (off by default), and whether
/// booking holds and releases the card check of <c>CardCheckAmountMinor</c> in <c>Currency</c>.
/// </summary>
public sealed record WalletSettingsView(bool WalletVisibleToPatients, bool CardCheckEnabled, long CardCheckAmountMinor, string Currency)
{
    internal static WalletSettingsView From(WalletSettings settings, long cardCheckAmountMinor, string currency) =>
        new(settings.WalletVisibleToPatients, settings.CardCheckEnabled, cardCheckAmountMinor, currency.ToUpperInvariant());
}
