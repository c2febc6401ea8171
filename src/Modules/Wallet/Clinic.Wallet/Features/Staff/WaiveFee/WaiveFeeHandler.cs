using Clinic.BuildingBlocks.Abstractions;
using Clinic.Wallet.Domain.Audit;
using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Features.Views;
using Clinic.Wallet.Persistence;
using Clinic.Wallet.Processing;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Wallet.Features.Staff.WaiveFee;

internal sealed class WaiveFeeHandler(WalletDbContext db, PaymentOperationProcessor processor, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<WaiveFee, PaymentView>
{
    public async ValueTask<PaymentView> Handle(WaiveFee command, CancellationToken cancellationToken)
    {
        var payment = await StaffPaymentActions.FindAsync(db, command.PaymentId, cancellationToken);
        var now = clock.GetUtcNow();
        payment.Waive(command.Reason, now);
        // Attempts still planned are called off here, so staff see them end with the waiver rather than later.
        var planned = await db.PaymentOperations
            .Where(o => o.PaymentId == payment.Id && o.Status == OperationStatus.Pending && (o.Kind == OperationKind.Charge || o.Kind == OperationKind.Retry))
            .ToListAsync(cancellationToken);
        foreach (var attempt in planned)
        {
            attempt.Complete("called off: the fee was waived", null, now);
        }

        PaymentOperation? release = null;
        if (payment.GatewayPaymentId is not null)
        {
            // The processor's payment is cancelled too, so the emailed pay link can no longer take the money.
            release = PaymentOperation.Queue($"waive:{payment.Id}", payment.Id, OperationKind.Release, payment.AmountMinor, user.DisplayName, now, reason: command.Reason);
            db.PaymentOperations.Add(release);
        }

        db.Audit.Add(PaymentAuditEntry.Record(now, user.DisplayName, "fee.waived", payment.PatientId, payment.Id, payment.AmountMinor, payment.Currency, command.Reason));
        await db.SaveChangesAsync(cancellationToken);
        return await StaffPaymentActions.PerformAsync(db, processor, payment.Id, release?.Id, cancellationToken);
    }
}
