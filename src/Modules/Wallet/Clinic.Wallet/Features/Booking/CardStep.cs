using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.Identity.Contracts;
using Clinic.Scheduling.Contracts.Booking;
using Clinic.Wallet.Adapters.Payments;
using Clinic.Wallet.Domain.Booking;
using Clinic.Wallet.Domain.Cards;
using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Domain.Settings;
using Clinic.Wallet.Features.Views;
using Clinic.Wallet.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clinic.Wallet.Features.Booking;

/// <summary>What both card-step requests need: the booking's terms from Scheduling, its checkout, and the answer the SPA reads.</summary>
internal sealed class CardStep(
    WalletDbContext db, IPaymentGateway gateway, ISender modules, ICurrentUser user, IOptions<PaymentsOptions> payments, TimeProvider clock)
{
    public IPaymentGateway Gateway => gateway;

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Scheduling checks the hold tokens and says what the booking asks of the card; a lapsed hold is its 409.</summary>
    public async Task<HoldGroupTerms> TermsAsync(IReadOnlyList<HoldProof> holds, CancellationToken cancellationToken) =>
        await modules.Send(new GetHoldGroupTerms(holds), cancellationToken);

    public async Task<bool> CardCheckEnabledAsync(CancellationToken cancellationToken) =>
        (await db.Settings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? WalletSettings.Defaults()).CardCheckEnabled;

    public Task<BookingCheckout?> FindAsync(string holdKey, CancellationToken cancellationToken) =>
        db.Checkouts.SingleOrDefaultAsync(c => c.HoldKey == holdKey, cancellationToken);

    /// <summary>A signed-in patient's receipts use their profile; a guest's the details they typed.</summary>
    public async Task<(Guid? PatientId, PaymentPatientSnapshot Patient)> PayerAsync(StartBookingPayment.BookingPayer? payer, CancellationToken cancellationToken)
    {
        if (user.PatientId is { } patientId)
        {
            var contact = await modules.Send(new GetPatientContact(patientId), cancellationToken);
            return (contact.PatientId, new PaymentPatientSnapshot(contact.FullName, contact.Email, contact.Language));
        }

        return (null, payer is null ? PaymentPatientSnapshot.Unknown : new PaymentPatientSnapshot(payer.FullName.Trim(), payer.Email.Trim(), payer.Language));
    }

    /// <summary>
    /// The processor's customer the card is saved under: a signed-in patient's own (so the card joins their cards on
    /// file), or one for this booking, keyed by its hold group so a retry makes no second customer.
    /// </summary>
    public async Task<string> CustomerAsync(string holdKey, Guid? patientId, PaymentPatientSnapshot patient, CancellationToken cancellationToken)
    {
        if (patientId is { } id)
        {
            var existing = await db.GatewayCustomers.AsNoTracking().SingleOrDefaultAsync(c => c.PatientId == id, cancellationToken);
            if (existing is not null)
            {
                return existing.CustomerId;
            }

            var customerId = await gateway.CreateCustomerAsync(new GatewayCustomerRequest(patient.Email, patient.FullName, $"patient:{id}"), $"customer:{id}", cancellationToken);
            db.GatewayCustomers.Add(GatewayCustomer.For(id, customerId, Now));
            return customerId;
        }

        return await gateway.CreateCustomerAsync(new GatewayCustomerRequest(patient.Email, patient.FullName, $"booking:{holdKey}"), $"customer:{holdKey}", cancellationToken);
    }

    /// <summary>A signed-in patient's own active card; anyone else's, a removed one or a guest asking is a 404.</summary>
    public async Task<PaymentCard> OwnCardAsync(Guid cardId, CancellationToken cancellationToken) =>
        user.PatientId is { } patientId
            ? await db.Cards.SingleOrDefaultAsync(c => c.Id == cardId && c.PatientId == patientId && c.RemovedAt == null, cancellationToken)
              ?? throw new NotFoundException("Card", cardId)
            : throw new NotFoundException("Card", cardId);

    /// <summary>
    /// The card step opened straight on a card on file: no setup is needed, the card's own customer is used. A
    /// double click racing here meets the unique hold key and the loser reads the winner's checkout.
    /// </summary>
    public async Task<BookingCheckout> OpenForSavedCardAsync(HoldGroupTerms terms, PaymentCard card, CancellationToken cancellationToken)
    {
        var (patientId, patient) = await PayerAsync(null, cancellationToken);
        var cardCheck = terms.DepositMinor == 0 && await CardCheckEnabledAsync(cancellationToken);
        var checkout = BookingCheckout.Start(terms.HoldKey, patientId, patient, card.GatewayCustomerId, terms.DepositMinor, terms.Currency, cardCheck,
            terms.Visits.Count, terms.LatestExpiry, Now);
        db.Checkouts.Add(checkout);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return checkout;
        }
        catch (DbUpdateException ex) when (Clinic.BuildingBlocks.Persistence.UniqueConstraint.IsViolation(ex))
        {
            db.Entry(checkout).State = EntityState.Detached;
            return await FindAsync(terms.HoldKey, cancellationToken) ?? throw new InvalidOperationException("The checkout saved by the other request is gone.");
        }
    }

    public BookingPaymentStep NotNeeded(HoldGroupTerms terms) => new(
        false, BookingPaymentStage.NotNeeded, terms.DepositMinor, terms.Currency, terms.HasCancellationFee, terms.NoShowFeeMinor, false, 0,
        gateway.Name, gateway.PublishableKey, null, null, null, null, null);

    public async Task<BookingPaymentStep> StepAsync(
        BookingCheckout checkout, HoldGroupTerms terms, GatewaySetup? setup, GatewayPayment? action, CancellationToken cancellationToken)
    {
        var card = checkout.CardId is { } cardId ? await db.Cards.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cardId, cancellationToken) : null;
        var stage = checkout.Status is CheckoutStatus.Secured or CheckoutStatus.Booked ? BookingPaymentStage.Secured
            : action is not null ? BookingPaymentStage.Authenticate
            : BookingPaymentStage.EnterCard;
        return new BookingPaymentStep(
            true, stage, terms.DepositMinor, terms.Currency, terms.HasCancellationFee, terms.NoShowFeeMinor,
            checkout.CardCheck, checkout.CardCheck ? payments.Value.CardCheckAmountMinor : 0, gateway.Name, gateway.PublishableKey,
            stage == BookingPaymentStage.EnterCard ? setup?.Id : null,
            stage == BookingPaymentStage.EnterCard ? setup?.ClientSecret : null,
            action?.Id, action?.ClientSecret,
            card is null ? null : new CardLabelView(card.Brand, card.Last4));
    }

    public static void EnsureOpen(BookingCheckout checkout)
    {
        if (checkout.Status == CheckoutStatus.Released)
        {
            throw new ConflictException("This card step took too long and its authorizations were released. Please choose the time again.");
        }
    }
}
