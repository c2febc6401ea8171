using Clinic.BuildingBlocks.Outbox;
using Clinic.Wallet.Adapters.Payments;
using Clinic.Wallet.Contracts.Payments;
using Clinic.Wallet.Persistence;
using Clinic.Wallet.Processing;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Wallet.Integration.Wallet;

/// <summary>
/// A verified processor event about one of our payments: its current state is read from the processor (events can
/// arrive late or out of order; the payment itself cannot) and recorded. A receipt or pay link goes out only when
/// this changed the payment, so an event that reports what the worker already recorded changes nothing.
/// </summary>
internal sealed class ApplyGatewayEvent(WalletDbContext db, IPaymentGateway gateway, PaymentOutcomes outcomes, TimeProvider clock)
    : IntegrationEventHandler<PaymentGatewayEventReceived, WalletDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(PaymentGatewayEventReceived received, CancellationToken cancellationToken)
    {
        if (received.PaymentId is not { } intent || !received.Type.StartsWith("payment_intent.", StringComparison.Ordinal))
        {
            return;
        }

        var payment = await Db.Payments.SingleOrDefaultAsync(p => p.GatewayPaymentId == intent, cancellationToken);
        if (payment is null)
        {
            return;
        }

        var current = await gateway.GetPaymentAsync(intent, cancellationToken);
        outcomes.Apply(payment, payment.Record(current, Clock.GetUtcNow()), "card processor");
    }
}
