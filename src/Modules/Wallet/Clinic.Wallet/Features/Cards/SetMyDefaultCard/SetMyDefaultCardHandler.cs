using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.Wallet.Domain.Audit;
using Clinic.Wallet.Features.Views;
using Clinic.Wallet.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Wallet.Features.Cards.SetMyDefaultCard;

internal sealed class SetMyDefaultCardHandler(WalletDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<SetMyDefaultCard, IReadOnlyList<CardView>>
{
    public async ValueTask<IReadOnlyList<CardView>> Handle(SetMyDefaultCard command, CancellationToken cancellationToken)
    {
        var patientId = MyPatient.Id(user);
        var cards = await db.Cards.Where(c => c.PatientId == patientId && c.RemovedAt == null).ToListAsync(cancellationToken);
        var chosen = cards.SingleOrDefault(c => c.Id == command.CardId) ?? throw new NotFoundException("Card", command.CardId);
        foreach (var card in cards.Where(c => c.Id != chosen.Id))
        {
            card.ClearDefault();
        }

        chosen.MakeDefault();
        var now = clock.GetUtcNow();
        db.Audit.Add(PaymentAuditEntry.Record(now, user.DisplayName, "card.default", patientId, null, null, null, null, $"{chosen.Brand} ····{chosen.Last4}"));
        await db.SaveChangesAsync(cancellationToken);
        return cards.OrderByDescending(c => c.IsDefault).ThenByDescending(c => c.AddedAt).Select(c => CardView.From(c, now)).ToList();
    }
}
