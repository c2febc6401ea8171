using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.Wallet.Domain.Audit;
using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Features.Views;
using Clinic.Wallet.Persistence;
using Clinic.Wallet.Processing;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Wallet.Features.Staff.RetryFee;

internal sealed class RetryFeeHandler(WalletDbContext db, PaymentOperationProcessor processor, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RetryFee, PaymentView>
{
    public async ValueTask<PaymentView> Handle(RetryFee command, CancellationToken cancellationToken)
    {
        var payment = await StaffPaymentActions.FindAsync(db, command.PaymentId, cancellationToken);
        if (!payment.IsOutstanding)
        {
            throw new ConflictException("Only an outstanding fee can be tried again.");
        }

        var now = clock.GetUtcNow();
        // A scheduled attempt is brought forward rather than doubled; otherwise the next attempt is queued now.
        var operation = await db.PaymentOperations
            .Where(o => o.PaymentId == payment.Id && (o.Status == OperationStatus.Pending || o.Status == OperationStatus.Stuck))
            .OrderByDescending(o => o.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (operation is not null)
        {
            operation.Requeue(now);
        }
        else
        {
            operation = PaymentOperation.Queue($"{payment.Key}:attempt:{payment.Attempts + 1}", payment.Id, OperationKind.Retry, payment.ToChargeMinor, user.DisplayName, now);
            db.PaymentOperations.Add(operation);
        }

        db.Audit.Add(PaymentAuditEntry.Record(now, user.DisplayName, "fee.retry-requested", payment.PatientId, payment.Id, payment.AmountMinor, payment.Currency, null));
        await db.SaveChangesAsync(cancellationToken);
        return await StaffPaymentActions.PerformAsync(db, processor, payment.Id, operation.Id, cancellationToken);
    }
}
