using Clinic.Wallet.Domain.Ledger;

namespace Clinic.Wallet.Features.Views;

/// <summary>A patient's wallet: credit balance, packages with the sessions left, and the ledger, newest first.</summary>
public sealed record WalletView(long BalanceMinor, string Currency, IReadOnlyList<PackageView> Packages, IReadOnlyList<LedgerEntryView> Entries)
{
    internal static WalletView From(WalletAccount? account, string clinicCurrency, IEnumerable<PatientPackage> packages, IEnumerable<WalletEntry> entries, DateTimeOffset now) => new(
        account?.BalanceMinor ?? 0,
        account?.Currency ?? clinicCurrency,
        packages.OrderBy(p => p.ExpiresAt).Select(p => PackageView.From(p, now)).ToList(),
        entries.OrderByDescending(e => e.Number).Select(LedgerEntryView.From).ToList());
}

/// <summary>A package the patient holds. <c>Expired</c> packages keep their history but no longer cover visits.</summary>
public sealed record PackageView(Guid Id, string Name, DateTimeOffset AssignedAt, DateTimeOffset ExpiresAt, bool Expired, IReadOnlyList<PackageLineView> Lines)
{
    internal static PackageView From(PatientPackage package, DateTimeOffset now) => new(
        package.Id, package.Name, package.AssignedAt, package.ExpiresAt, !package.IsUsableAt(now),
        package.Lines.Select(l => new PackageLineView(l.ServiceId, l.ServiceName, l.Sessions, l.Used, l.Sessions - l.Used)).ToList());
}

public sealed record PackageLineView(Guid ServiceId, string ServiceName, int Sessions, int Used, int Remaining);

/// <summary>One ledger line. <c>AmountMinor</c> is signed (credit added or used); package lines carry <c>Sessions</c> instead.</summary>
public sealed record LedgerEntryView(
    Guid Id, DateTimeOffset At, WalletEntryKind Kind, long AmountMinor, string Currency, long BalanceAfterMinor, int Sessions, Guid? PackageId, Guid? ServiceId,
    Guid? AppointmentId, string Description, string? Reason, string Actor)
{
    internal static LedgerEntryView From(WalletEntry entry) => new(
        entry.Id, entry.At, entry.Kind, entry.AmountMinor, entry.Currency, entry.BalanceAfterMinor, entry.Sessions, entry.PackageId, entry.ServiceId,
        entry.AppointmentId, entry.Description, entry.Reason, entry.Actor);
}
