using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.Wallet.Domain.Audit;
using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Features.Views;
using Clinic.Wallet.Persistence;
using Clinic.Wallet.Processing;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Wallet.Features.Staff.RefundPayment;

internal sealed class RefundPaymentHandler(WalletDbContext db, PaymentOperationProcessor processor, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RefundPayment, PaymentView>
{
    public async ValueTask<PaymentView> Handle(RefundPayment command, CancellationToken cancellationToken)
    {
        var payment = await StaffPaymentActions.FindAsync(db, command.PaymentId, cancellationToken);
        if (command.AsCredit && payment.PatientId is null)
        {
            throw new BusinessRuleException("This payment belongs to no patient yet, so it cannot be refunded as wallet credit.");
        }

        var now = clock.GetUtcNow();
        // Booked on the payment first (its revision guards it): two refunds at once cannot together exceed what was taken.
        payment.Refund(command.AmountMinor, command.Currency, now);
        var number = await db.PaymentOperations.CountAsync(o => o.PaymentId == payment.Id && o.Kind == OperationKind.Refund, cancellationToken) + 1;
        var refund = PaymentOperation.Queue($"refund:{payment.Id}:{number}", payment.Id, OperationKind.Refund, command.AmountMinor, user.DisplayName, now,
            reason: command.Reason, asCredit: command.AsCredit, booked: true);
        db.PaymentOperations.Add(refund);
        db.Audit.Add(PaymentAuditEntry.Record(now, user.DisplayName, "refund.requested", payment.PatientId, payment.Id, command.AmountMinor, payment.Currency,
            command.Reason, command.AsCredit ? "as wallet credit" : "to the card"));
        await db.SaveChangesAsync(cancellationToken);
        return await StaffPaymentActions.PerformAsync(db, processor, payment.Id, refund.Id, cancellationToken);
    }
}
