namespace Clinic.Wallet.Domain.Settings;

/// <summary>The clinic's wallet choices (ST1): whether patients see their wallet online, and whether booking holds the card check.</summary>
internal sealed class WalletSettings
{
    public const int SingletonId = 1;

    private WalletSettings() { }

    public int Id { get; private set; } = SingletonId;

    /// <summary>Balance and history in the portal (PP8); off until the clinic turns it on.</summary>
    public bool WalletVisibleToPatients { get; private set; }

    /// <summary>The card check authorized and released at booking (OB9).</summary>
    public bool CardCheckEnabled { get; private set; } = true;

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; } = "";

    public static WalletSettings Defaults() => new();

    public void Update(bool walletVisible, bool cardCheck, DateTimeOffset now, string by)
    {
        WalletVisibleToPatients = walletVisible;
        CardCheckEnabled = cardCheck;
        UpdatedAt = now;
        UpdatedBy = by;
    }
}
