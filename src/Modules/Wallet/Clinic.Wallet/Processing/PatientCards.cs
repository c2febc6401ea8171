using Clinic.Wallet.Domain.Cards;
using Clinic.Wallet.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Wallet.Processing;

/// <summary>Which of a patient's cards a charge without them uses: the default, else the newest one that has not expired.</summary>
internal static class PatientCards
{
    public static async Task<PaymentCard?> ChargeableAsync(WalletDbContext db, Guid patientId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cards = await db.Cards.Where(c => c.PatientId == patientId && c.RemovedAt == null).ToListAsync(cancellationToken);
        return cards.Where(c => !c.IsExpired(now)).OrderByDescending(c => c.IsDefault).ThenByDescending(c => c.AddedAt).FirstOrDefault();
    }
}
