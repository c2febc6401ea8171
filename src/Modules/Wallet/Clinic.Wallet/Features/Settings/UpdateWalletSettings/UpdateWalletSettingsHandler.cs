using Clinic.BuildingBlocks.Abstractions;
using Clinic.Wallet.Domain.Audit;
using Clinic.Wallet.Domain.Settings;
using Clinic.Wallet.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clinic.Wallet.Features.Settings.UpdateWalletSettings;

internal sealed class UpdateWalletSettingsHandler(
    WalletDbContext db, ICurrentUser user, IOptions<PaymentsOptions> payments, IOptions<WalletClinicOptions> clinic, TimeProvider clock)
    : IRequestHandler<UpdateWalletSettings, WalletSettingsView>
{
    public async ValueTask<WalletSettingsView> Handle(UpdateWalletSettings command, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = WalletSettings.Defaults();
            db.Settings.Add(settings);
        }

        var now = clock.GetUtcNow();
        settings.Update(command.WalletVisibleToPatients, command.CardCheckEnabled, now, user.DisplayName);
        db.Audit.Add(PaymentAuditEntry.Record(now, user.DisplayName, "settings.updated", null, null, null, null, null,
            $"wallet visible: {command.WalletVisibleToPatients}; card check: {command.CardCheckEnabled}"));
        await db.SaveChangesAsync(cancellationToken);
        return WalletSettingsView.From(settings, payments.Value.CardCheckAmountMinor, clinic.Value.Currency);
    }
}
