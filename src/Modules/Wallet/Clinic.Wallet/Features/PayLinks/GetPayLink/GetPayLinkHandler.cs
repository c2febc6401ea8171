using Clinic.Wallet.Adapters.Payments;
using Clinic.Wallet.Persistence;
using Mediator;

namespace Clinic.Wallet.Features.PayLinks.GetPayLink;

internal sealed class GetPayLinkHandler(WalletDbContext db, IPaymentGateway gateway) : IRequestHandler<GetPayLink, PayLinkView>
{
    public async ValueTask<PayLinkView> Handle(GetPayLink request, CancellationToken cancellationToken) =>
        PayLinkView.From(await PayLinks.FindAsync(db, request.Token, cancellationToken), gateway.Name, gateway.PublishableKey);
}
