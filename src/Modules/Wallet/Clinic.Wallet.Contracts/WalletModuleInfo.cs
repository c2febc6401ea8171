namespace Clinic.Wallet.Contracts;

/// <summary>Identifies the module in logs, health checks and the outbox administration.</summary>
public static class WalletModuleInfo
{
    public const string Name = "wallet";
}
