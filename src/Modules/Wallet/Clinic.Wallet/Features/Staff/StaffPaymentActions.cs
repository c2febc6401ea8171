using Clinic.BuildingBlocks.Errors;
using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Features.Views;
using Clinic.Wallet.Persistence;
using Clinic.Wallet.Processing;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Wallet.Features.Staff;

/// <summary>What every staff money action shares: find the payment, and after queueing the action perform it at once so staff see its outcome.</summary>
internal static class StaffPaymentActions
{
    public static async Task<Payment> FindAsync(WalletDbContext db, Guid paymentId, CancellationToken cancellationToken) =>
        await db.Payments.SingleOrDefaultAsync(p => p.Id == paymentId, cancellationToken) ?? throw new NotFoundException("Payment", paymentId);

    /// <summary>
    /// Performs the queued operation now; if the processor cannot be reached, the worker tries again later and the
    /// answer shows the operation as pending.
    /// </summary>
    public static async Task<PaymentView> PerformAsync(
        WalletDbContext db, PaymentOperationProcessor processor, Guid paymentId, Guid? operationId, CancellationToken cancellationToken)
    {
        if (operationId is { } id)
        {
            await processor.RunNowAsync(id, cancellationToken);
        }

        db.ChangeTracker.Clear();
        var payment = await db.Payments.AsNoTracking().SingleAsync(p => p.Id == paymentId, cancellationToken);
        var operations = await db.PaymentOperations.AsNoTracking().Where(o => o.PaymentId == paymentId).ToListAsync(cancellationToken);
        return PaymentView.From(payment, operations);
    }
}
