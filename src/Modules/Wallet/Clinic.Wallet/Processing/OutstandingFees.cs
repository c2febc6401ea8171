using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Wallet.Processing;

/// <summary>A patient who saves a new card has their outstanding fees tried on it at once, instead of at the next planned attempt.</summary>
internal static class OutstandingFees
{
    public static async Task RetryOnNewCardAsync(WalletDbContext db, Guid patientId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var owed = new[] { PaymentStatus.Failed, PaymentStatus.RequiresAction };
        var fees = await db.Payments
            .Where(p => p.PatientId == patientId && owed.Contains(p.Status) && (p.Kind == PaymentKind.LateCancellationFee || p.Kind == PaymentKind.NoShowFee))
            .ToListAsync(cancellationToken);
        foreach (var fee in fees)
        {
            var planned = await db.PaymentOperations
                .Where(o => o.PaymentId == fee.Id && o.Status == OperationStatus.Pending && (o.Kind == OperationKind.Charge || o.Kind == OperationKind.Retry))
                .FirstOrDefaultAsync(cancellationToken);
            if (planned is not null)
            {
                planned.Requeue(now);
                continue;
            }

            db.PaymentOperations.Add(PaymentOperation.Queue($"{fee.Key}:attempt:{fee.Attempts + 1}", fee.Id, OperationKind.Retry, fee.ToChargeMinor, "system", now));
        }
    }
}
