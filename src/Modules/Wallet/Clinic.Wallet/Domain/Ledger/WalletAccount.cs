using Clinic.BuildingBlocks.Errors;

namespace Clinic.Wallet.Domain.Ledger;

/// <summary>
/// A patient's credit balance: the sum of the ledger, kept on one row with a concurrency token so two changes at
/// once cannot both spend the same credit. Every change also appends its <see cref="WalletEntry"/>.
/// </summary>
internal sealed class WalletAccount
{
    private WalletAccount() { }

    public Guid PatientId { get; private set; }

    public string Currency { get; private set; } = "";

    public long BalanceMinor { get; private set; }

    public int Revision { get; private set; }

    public static WalletAccount Open(Guid patientId, string currency) => new() { PatientId = patientId, Currency = currency.ToUpperInvariant() };

    public WalletEntry Add(WalletEntryKind kind, long amountMinor, string currency, string description, string? reason, string actor, DateTimeOffset now,
        Guid? paymentId = null)
    {
        if (kind is not (WalletEntryKind.Gift or WalletEntryKind.Goodwill or WalletEntryKind.RefundCredit))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of credit that adds.");
        }

        EnsureCurrency(currency);
        EnsurePositive(amountMinor);
        BalanceMinor += amountMinor;
        Revision++;
        return WalletEntry.Credit(PatientId, Revision, kind, amountMinor, Currency, BalanceMinor, description, reason, actor, now, paymentId: paymentId);
    }

    public WalletEntry Deduct(long amountMinor, string currency, string description, string reason, string actor, DateTimeOffset now)
    {
        EnsureCurrency(currency);
        EnsurePositive(amountMinor);
        if (amountMinor > BalanceMinor)
        {
            throw new BusinessRuleException($"The wallet holds {BalanceMinor} (minor units of {Currency}); more than that cannot be taken away.");
        }

        BalanceMinor -= amountMinor;
        Revision++;
        return WalletEntry.Credit(PatientId, Revision, WalletEntryKind.Deduction, -amountMinor, Currency, BalanceMinor, description, reason, actor, now);
    }

    /// <summary>
    /// Staff merged a duplicate profile into this one: its credit moves here, as a line on each side, so both ledgers
    /// still add up to their balances.
    /// </summary>
    public (WalletEntry Out, WalletEntry In)? TakeOver(WalletAccount merged, DateTimeOffset now)
    {
        if (merged.BalanceMinor == 0)
        {
            return null;
        }

        EnsureCurrency(merged.Currency);
        var amount = merged.BalanceMinor;
        merged.BalanceMinor = 0;
        merged.Revision++;
        BalanceMinor += amount;
        Revision++;
        return (
            WalletEntry.Credit(merged.PatientId, merged.Revision, WalletEntryKind.MergedAway, -amount, Currency, 0, "Credit moved to the kept profile", null, "patient merge", now),
            WalletEntry.Credit(PatientId, Revision, WalletEntryKind.MergedIn, amount, Currency, BalanceMinor, "Credit moved from a merged duplicate profile", null, "patient merge", now));
    }

    /// <summary>Spends up to <paramref name="wantedMinor"/> on a visit; returns null when there is nothing to spend.</summary>
    public WalletEntry? Spend(long wantedMinor, Guid appointmentId, string description, DateTimeOffset now)
    {
        var spent = Math.Min(wantedMinor, BalanceMinor);
        if (spent <= 0)
        {
            return null;
        }

        BalanceMinor -= spent;
        Revision++;
        return WalletEntry.Credit(PatientId, Revision, WalletEntryKind.CreditUsed, -spent, Currency, BalanceMinor, description, null, "system", now,
            appointmentId: appointmentId, key: $"credit:{appointmentId}");
    }

    /// <summary>A package line: it does not change the balance, but takes the next place in the ledger.</summary>
    public WalletEntry PackageLine(
        WalletEntryKind kind, Guid packageId, Guid? serviceId, int sessions, string description, string? reason, string actor, DateTimeOffset now,
        Guid? appointmentId = null, string? key = null)
    {
        Revision++;
        return WalletEntry.Package(PatientId, Revision, kind, packageId, serviceId, sessions, Currency, BalanceMinor, description, reason, actor, now, appointmentId, key);
    }

    private void EnsureCurrency(string currency)
    {
        if (!string.Equals(currency, Currency, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException($"This wallet is in {Currency}; an amount in {currency.ToUpperInvariant()} cannot be added to or taken from it.");
        }
    }

    private static void EnsurePositive(long amountMinor)
    {
        if (amountMinor <= 0)
        {
            throw new BusinessRuleException("The amount must be greater than zero.");
        }
    }
}
