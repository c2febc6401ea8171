using Clinic.BuildingBlocks.Abstractions;
using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Features.Views;
using Clinic.Wallet.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Wallet.Features.MyWallet.ListMyPayments;

internal sealed class ListMyPaymentsHandler(WalletDbContext db, ICurrentUser user) : IRequestHandler<ListMyPayments, MyPayments>
{
    public async ValueTask<MyPayments> Handle(ListMyPayments request, CancellationToken cancellationToken)
    {
        var patientId = MyPatient.Id(user);
        // The card check is an internal step that never takes money; the patient sees what was asked of them.
        var payments = await db.Payments.AsNoTracking().Where(p => p.PatientId == patientId && p.Kind != PaymentKind.CardCheck).ToListAsync(cancellationToken);
        var visible = await db.Settings.AsNoTracking().Select(s => s.WalletVisibleToPatients).SingleOrDefaultAsync(cancellationToken);
        // Who in the clinic did what stays with the staff; the patient sees amounts and states.
        return new MyPayments(payments.OrderByDescending(p => p.CreatedAt).Select(p => PaymentView.From(p, [])).ToList(), visible);
    }
}
