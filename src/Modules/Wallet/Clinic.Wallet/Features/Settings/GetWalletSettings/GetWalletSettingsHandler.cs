using Clinic.Wallet.Domain.Settings;
using Clinic.Wallet.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clinic.Wallet.Features.Settings.GetWalletSettings;

internal sealed class GetWalletSettingsHandler(WalletDbContext db, IOptions<PaymentsOptions> payments, IOptions<WalletClinicOptions> clinic)
    : IRequestHandler<GetWalletSettings, WalletSettingsView>
{
    public async ValueTask<WalletSettingsView> Handle(GetWalletSettings request, CancellationToken cancellationToken) =>
        WalletSettingsView.From(await db.Settings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? WalletSettings.Defaults(),
            payments.Value.CardCheckAmountMinor, clinic.Value.Currency);
}
