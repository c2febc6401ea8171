using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.Wallet.Features.Views;
using Clinic.Wallet.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clinic.Wallet.Features.MyWallet.GetMyWallet;

internal sealed class GetMyWalletHandler(WalletDbContext db, ICurrentUser user, IOptions<WalletClinicOptions> clinic, TimeProvider clock)
    : IRequestHandler<GetMyWallet, WalletView>
{
    public async ValueTask<WalletView> Handle(GetMyWallet request, CancellationToken cancellationToken)
    {
        var patientId = MyPatient.Id(user);
        var visible = await db.Settings.AsNoTracking().Select(s => s.WalletVisibleToPatients).SingleOrDefaultAsync(cancellationToken);
        if (!visible)
        {
            throw new NotFoundException("Wallet", "shown online");
        }

        return await PatientWallets.ReadAsync(db, patientId, clinic.Value.Currency, clock.GetUtcNow(), cancellationToken);
    }
}
