using Clinic.Wallet.Domain.Ledger;
using Clinic.Wallet.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Wallet.Features.Ledger;

/// <summary>A patient's credit account, opened in the clinic's currency the first time anything is written to their wallet.</summary>
internal static class PatientAccounts
{
    public static async Task<WalletAccount> OpenAsync(WalletDbContext db, Guid patientId, string currency, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.PatientId == patientId, cancellationToken);
        if (account is null)
        {
            account = WalletAccount.Open(patientId, currency);
            db.Accounts.Add(account);
        }

        return account;
    }
}
