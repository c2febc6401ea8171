using Clinic.Wallet.Adapters.Payments;
using Clinic.Wallet.Domain.Settings;
using Clinic.Wallet.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clinic.Wallet.Features.Configuration.GetPaymentConfiguration;

internal sealed class GetPaymentConfigurationHandler(
    WalletDbContext db, IPaymentGateway gateway, IOptions<PaymentsOptions> payments, IOptions<WalletClinicOptions> clinic)
    : IRequestHandler<GetPaymentConfiguration, PaymentConfiguration>
{
    public async ValueTask<PaymentConfiguration> Handle(GetPaymentConfiguration request, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? WalletSettings.Defaults();
        return new PaymentConfiguration(gateway.Name, gateway.PublishableKey, clinic.Value.Currency.ToUpperInvariant(), settings.CardCheckEnabled,
            payments.Value.CardCheckAmountMinor);
    }
}
