using Clinic.Wallet.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Wallet.Features.Views;

/// <summary>Reads one patient's wallet (balance, packages, ledger) the same way for staff and for the portal.</summary>
internal static class PatientWallets
{
    public static async Task<WalletView> ReadAsync(WalletDbContext db, Guid patientId, string clinicCurrency, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.PatientId == patientId, cancellationToken);
        var packages = await db.PatientPackages.AsNoTracking().Where(p => p.PatientId == patientId).ToListAsync(cancellationToken);
        var entries = await db.Entries.AsNoTracking().Where(e => e.PatientId == patientId).ToListAsync(cancellationToken);
        return WalletView.From(account, clinicCurrency.ToUpperInvariant(), packages, entries, now);
    }
}
