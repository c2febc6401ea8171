namespace Clinic.Wallet.Persistence;

/// <summary>Column sizes shared by the model and the validators.</summary>
internal static class WalletLimits
{
    public const int KeyLength = 120;
    public const int GatewayIdLength = 255;
    public const int NameLength = 200;
    public const int ReasonLength = 500;
}
