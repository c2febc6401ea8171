using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.BuildingBlocks.Persistence;
using Clinic.Wallet.Adapters.Payments;
using Clinic.Wallet.Domain.Audit;
using Clinic.Wallet.Domain.Cards;
using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Features.Views;
using Clinic.Wallet.Persistence;
using Clinic.Wallet.Processing;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Wallet.Features.Cards.SaveMyCard;

internal sealed class SaveMyCardHandler(WalletDbContext db, IPaymentGateway gateway, ICurrentUser user, TimeProvider clock) : IRequestHandler<SaveMyCard, CardView>
{
    public async ValueTask<CardView> Handle(SaveMyCard command, CancellationToken cancellationToken)
    {
        var patientId = MyPatient.Id(user);
        var now = clock.GetUtcNow();
        var setup = await db.CardSetups.SingleOrDefaultAsync(s => s.SetupId == command.SetupId && s.PatientId == patientId, cancellationToken)
            ?? throw new NotFoundException("Card setup", command.SetupId);
        if (setup.CardId is { } savedId)
        {
            return CardView.From(await db.Cards.AsNoTracking().SingleAsync(c => c.Id == savedId, cancellationToken), now);
        }

        var confirmed = await gateway.GetSetupAsync(setup.SetupId, cancellationToken);
        if (confirmed.Status != GatewaySetupStatus.Succeeded || confirmed.PaymentMethodId is not { } paymentMethodId)
        {
            throw new CardRefusedException(confirmed.Failure?.Reason ?? "setup_incomplete",
                confirmed.Failure?.Message ?? "The card has not been confirmed with the bank yet. Enter it again.");
        }

        var details = await gateway.GetCardAsync(paymentMethodId, cancellationToken);
        // The first card is the default; so is a card added while a fee is owed, since that is the card the patient means to pay with.
        var others = await db.Cards.Where(c => c.PatientId == patientId && c.RemovedAt == null).ToListAsync(cancellationToken);
        var owesFee = await db.Payments.AnyAsync(p => p.PatientId == patientId && (p.Status == PaymentStatus.Failed || p.Status == PaymentStatus.RequiresAction)
                                                      && (p.Kind == PaymentKind.LateCancellationFee || p.Kind == PaymentKind.NoShowFee), cancellationToken);
        var isDefault = others.Count == 0 || owesFee;
        if (isDefault)
        {
            others.ForEach(c => c.ClearDefault());
        }

        var card = PaymentCard.Save(patientId, setup.CustomerId, paymentMethodId, details.Brand, details.Last4, details.ExpMonth, details.ExpYear, isDefault, now);
        db.Cards.Add(card);
        setup.Saved(card.Id);
        db.Audit.Add(PaymentAuditEntry.Record(now, user.DisplayName, "card.added", patientId, null, null, null, null, $"{card.Brand} ····{card.Last4}"));
        await OutstandingFees.RetryOnNewCardAsync(db, patientId, now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueConstraint.IsViolation(ex))
        {
            // The same confirmation saved twice at once: the first one's card is the answer.
            db.ChangeTracker.Clear();
            card = await db.Cards.AsNoTracking().SingleAsync(c => c.GatewayPaymentMethodId == paymentMethodId, cancellationToken);
        }

        return CardView.From(card, now);
    }
}
