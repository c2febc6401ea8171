using Clinic.Wallet.Adapters.Payments;
using Clinic.Wallet.Persistence;
using Clinic.Wallet.Processing;
using Mediator;

namespace Clinic.Wallet.Features.PayLinks.RefreshPayLink;

internal sealed class RefreshPayLinkHandler(WalletDbContext db, IPaymentGateway gateway, PaymentOutcomes outcomes, TimeProvider clock)
    : IRequestHandler<RefreshPayLink, PayLinkView>
{
    public async ValueTask<PayLinkView> Handle(RefreshPayLink command, CancellationToken cancellationToken)
    {
        var payment = await PayLinks.FindAsync(db, command.Token, cancellationToken);
        if (payment.IsOutstanding && payment.GatewayPaymentId is { } intent)
        {
            var current = await gateway.GetPaymentAsync(intent, cancellationToken);
            outcomes.Apply(payment, payment.Record(current, clock.GetUtcNow()), "patient");
            await db.SaveChangesAsync(cancellationToken);
        }

        return PayLinkView.From(payment, gateway.Name, gateway.PublishableKey);
    }
}
