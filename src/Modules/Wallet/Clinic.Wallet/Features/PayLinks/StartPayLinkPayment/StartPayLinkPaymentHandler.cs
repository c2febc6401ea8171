using Clinic.BuildingBlocks.Errors;
using Clinic.Wallet.Adapters.Payments;
using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Persistence;
using Clinic.Wallet.Processing;
using Mediator;

namespace Clinic.Wallet.Features.PayLinks.StartPayLinkPayment;

internal sealed class StartPayLinkPaymentHandler(WalletDbContext db, IPaymentGateway gateway, PaymentOutcomes outcomes, TimeProvider clock)
    : IRequestHandler<StartPayLinkPayment, PayLinkPayment>
{
    public async ValueTask<PayLinkPayment> Handle(StartPayLinkPayment command, CancellationToken cancellationToken)
    {
        var payment = await PayLinks.FindAsync(db, command.Token, cancellationToken);
        EnsureDue(payment);
        if (payment.GatewayPaymentId is { } existing)
        {
            var current = await gateway.GetPaymentAsync(existing, cancellationToken);
            if (current.Status == GatewayPaymentStatus.Succeeded)
            {
                outcomes.Apply(payment, payment.Record(current, clock.GetUtcNow()), "patient");
                await db.SaveChangesAsync(cancellationToken);
                EnsureDue(payment);
            }

            if (current.Status != GatewayPaymentStatus.Canceled && current.ClientSecret is { } secret)
            {
                return new PayLinkPayment(current.Id, secret, gateway.Name, gateway.PublishableKey);
            }
        }

        // Keyed by the attempts so far: a double click gets the same payment; after a retry replaced it, a new one.
        var created = await gateway.CreatePayableAsync(
            new GatewayPaymentRequest(payment.ToChargeMinor, payment.Currency, null, null, PaymentOutcomes.Purpose(payment.Kind), payment.Id.ToString()),
            $"{payment.Key}:paylink:{payment.Attempts}", cancellationToken);
        payment.AdoptGatewayPayment(created.Id);
        await db.SaveChangesAsync(cancellationToken);
        return new PayLinkPayment(created.Id, created.ClientSecret!, gateway.Name, gateway.PublishableKey);
    }

    private static void EnsureDue(Payment payment)
    {
        if (payment.Status == PaymentStatus.Succeeded)
        {
            throw new ConflictException("This fee has already been paid. Thank you.");
        }

        if (!payment.IsOutstanding)
        {
            throw new ConflictException("This fee is no longer due.");
        }
    }
}
