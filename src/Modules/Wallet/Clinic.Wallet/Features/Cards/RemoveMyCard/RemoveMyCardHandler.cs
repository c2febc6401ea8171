using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.Wallet.Adapters.Payments;
using Clinic.Wallet.Domain.Audit;
using Clinic.Wallet.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Wallet.Features.Cards.RemoveMyCard;

internal sealed class RemoveMyCardHandler(WalletDbContext db, IPaymentGateway gateway, ICurrentUser user, TimeProvider clock) : IRequestHandler<RemoveMyCard>
{
    public async ValueTask<Unit> Handle(RemoveMyCard command, CancellationToken cancellationToken)
    {
        var patientId = MyPatient.Id(user);
        var card = await db.Cards.SingleOrDefaultAsync(c => c.Id == command.CardId && c.PatientId == patientId && c.RemovedAt == null, cancellationToken)
            ?? throw new NotFoundException("Card", command.CardId);
        await gateway.DetachCardAsync(card.GatewayPaymentMethodId, $"detach:{card.Id}", cancellationToken);

        var now = clock.GetUtcNow();
        var wasDefault = card.IsDefault;
        card.Remove(now);
        if (wasDefault)
        {
            var next = await db.Cards.Where(c => c.PatientId == patientId && c.RemovedAt == null && c.Id != card.Id)
                .OrderByDescending(c => c.AddedAt).FirstOrDefaultAsync(cancellationToken);
            next?.MakeDefault();
        }

        db.Audit.Add(PaymentAuditEntry.Record(now, user.DisplayName, "card.removed", patientId, null, null, null, null, $"{card.Brand} ····{card.Last4}"));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
