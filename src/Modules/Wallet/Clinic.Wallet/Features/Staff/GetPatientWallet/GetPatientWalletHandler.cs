using Clinic.Identity.Contracts;
using Clinic.Wallet.Domain.Settings;
using Clinic.Wallet.Features.Views;
using Clinic.Wallet.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clinic.Wallet.Features.Staff.GetPatientWallet;

internal sealed class GetPatientWalletHandler(WalletDbContext db, ISender identity, IOptions<WalletClinicOptions> clinic, TimeProvider clock)
    : IRequestHandler<GetPatientWallet, PatientWalletView>
{
    public async ValueTask<PatientWalletView> Handle(GetPatientWallet query, CancellationToken cancellationToken)
    {
        // An unknown patient is a 404 from Identity; a merged one answers with the surviving profile.
        var patientId = (await identity.Send(new GetPatientContact(query.PatientId), cancellationToken)).PatientId;
        var now = clock.GetUtcNow();
        var cards = await db.Cards.AsNoTracking().Where(c => c.PatientId == patientId && c.RemovedAt == null).ToListAsync(cancellationToken);
        var payments = await db.Payments.AsNoTracking().Where(p => p.PatientId == patientId).ToListAsync(cancellationToken);
        var ids = payments.Select(p => p.Id).ToList();
        var operations = await db.PaymentOperations.AsNoTracking().Where(o => ids.Contains(o.PaymentId)).ToListAsync(cancellationToken);
        var wallet = await PatientWallets.ReadAsync(db, patientId, clinic.Value.Currency, now, cancellationToken);
        var settings = await db.Settings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? WalletSettings.Defaults();
        return new PatientWalletView(
            patientId,
            cards.OrderByDescending(c => c.IsDefault).ThenByDescending(c => c.AddedAt).Select(c => CardView.From(c, now)).ToList(),
            payments.OrderByDescending(p => p.CreatedAt).Select(p => PaymentView.From(p, operations)).ToList(),
            payments.Where(p => p.IsOutstanding).Sum(p => p.ToChargeMinor),
            wallet,
            settings.WalletVisibleToPatients);
    }
}
