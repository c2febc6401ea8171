using Clinic.BuildingBlocks.Abstractions;
using Clinic.Wallet.Features.Views;
using Clinic.Wallet.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Wallet.Features.Cards.ListMyCards;

internal sealed class ListMyCardsHandler(WalletDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ListMyCards, IReadOnlyList<CardView>>
{
    public async ValueTask<IReadOnlyList<CardView>> Handle(ListMyCards request, CancellationToken cancellationToken)
    {
        var patientId = MyPatient.Id(user);
        var now = clock.GetUtcNow();
        var cards = await db.Cards.AsNoTracking().Where(c => c.PatientId == patientId && c.RemovedAt == null).ToListAsync(cancellationToken);
        return cards.OrderByDescending(c => c.IsDefault).ThenByDescending(c => c.AddedAt).Select(c => CardView.From(c, now)).ToList();
    }
}
