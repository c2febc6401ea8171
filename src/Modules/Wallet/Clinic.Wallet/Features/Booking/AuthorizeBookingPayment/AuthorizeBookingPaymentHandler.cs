using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Contracts.Booking;
using Clinic.Wallet.Adapters.Payments;
using Clinic.Wallet.Domain.Audit;
using Clinic.Wallet.Domain.Booking;
using Clinic.Wallet.Domain.Cards;
using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clinic.Wallet.Features.Booking.AuthorizeBookingPayment;

/// <summary>
/// Validates the card the browser confirmed: keeps it (brand, last four, expiry), then authorizes the deposit — or,
/// without one, the card check — with the patient present, so the bank may ask for authentication. Every call is
/// keyed by the hold group and the attempt, so repeating this request resumes the same authorization.
/// </summary>
internal sealed class AuthorizeBookingPaymentHandler(WalletDbContext db, CardStep step, IOptions<PaymentsOptions> payments, IOptions<WalletClinicOptions> clinic)
    : IRequestHandler<AuthorizeBookingPayment, BookingPaymentStep>
{
    public async ValueTask<BookingPaymentStep> Handle(AuthorizeBookingPayment command, CancellationToken cancellationToken)
    {
        var terms = await step.TermsAsync(command.Holds, cancellationToken);
        if (!terms.CardRequired)
        {
            return step.NotNeeded(terms);
        }

        // A card on file is the caller's own or it does not exist for them (404), before anything is written.
        var savedCard = command.CardId is { } cardId ? await step.OwnCardAsync(cardId, cancellationToken) : null;
        var checkout = await step.FindAsync(terms.HoldKey, cancellationToken)
            ?? (savedCard is null ? throw new NotFoundException("Card step", terms.HoldKey) : await step.OpenForSavedCardAsync(terms, savedCard, cancellationToken));
        CardStep.EnsureOpen(checkout);
        if (checkout.Status is CheckoutStatus.Secured or CheckoutStatus.Booked)
        {
            return await step.StepAsync(checkout, terms, null, null, cancellationToken);
        }

        PaymentCard card;
        if (savedCard is not null)
        {
            card = savedCard;
            checkout.UseCard(card.Id);
        }
        else
        {
            var setupId = checkout.SetupId ?? throw new ConflictException("Enter the card first.");
            var setup = await step.Gateway.GetSetupAsync(setupId, cancellationToken);
            if (setup.Status != GatewaySetupStatus.Succeeded || setup.PaymentMethodId is not { } setupPaymentMethodId)
            {
                throw new Features.CardRefusedException(setup.Failure?.Reason ?? "setup_incomplete",
                    setup.Failure?.Message ?? "The card has not been confirmed with the bank yet.");
            }

            card = await KeepCardAsync(checkout, setupPaymentMethodId, cancellationToken);
        }

        var paymentMethodId = card.GatewayPaymentMethodId;
        var (kind, key, attemptKey, amount, currency) = terms.DepositMinor > 0
            ? (PaymentKind.Deposit, BookingCheckout.DepositPaymentKey(checkout.HoldKey), checkout.DepositKey, terms.DepositMinor, terms.Currency)
            : (PaymentKind.CardCheck, BookingCheckout.CardCheckPaymentKey(checkout.HoldKey), checkout.CardCheckKey, payments.Value.CardCheckAmountMinor, clinic.Value.Currency);
        if (kind == PaymentKind.CardCheck && !checkout.CardCheck)
        {
            return await SecureAsync(checkout, terms, card, cancellationToken);
        }

        var payment = await db.Payments.SingleOrDefaultAsync(p => p.Key == key, cancellationToken);
        if (payment is null)
        {
            payment = Payment.ForAuthorization(kind, key, checkout.Id, checkout.PatientId, checkout.Patient, amount, currency, step.Now);
            db.Payments.Add(payment);
        }

        payment.UseCard(card.Id, card.Brand, card.Last4);
        var result = payment.GatewayPaymentId is { } existing
            ? await step.Gateway.GetPaymentAsync(existing, cancellationToken)
            : await step.Gateway.AuthorizeAsync(new GatewayPaymentRequest(amount, currency, card.GatewayCustomerId, paymentMethodId,
                PaymentOutcomesPurpose(kind), payment.Id.ToString()), attemptKey, cancellationToken);
        payment.AdoptGatewayPayment(result.Id);
        var change = payment.Record(result, step.Now);
        if (change.Before != change.After)
        {
            db.Audit.Add(PaymentAuditEntry.Record(step.Now, "patient", $"{PaymentOutcomesPurpose(kind)}.{payment.Status.ToString().ToLowerInvariant()}", checkout.PatientId,
                payment.Id, amount, currency, payment.FailureReason, attemptKey));
        }

        switch (payment.Status)
        {
            case PaymentStatus.Authorized:
                return await SecureAsync(checkout, terms, card, cancellationToken);
            case PaymentStatus.RequiresAction when result.Status == GatewayPaymentStatus.RequiresAction:
                await db.SaveChangesAsync(cancellationToken);
                return await step.StepAsync(checkout, terms, null, result, cancellationToken);
            default:
                // The bank said no (or the patient failed its check): this card is done; the next one is a new attempt.
                var reason = payment.FailureReason ?? DeclineReasons.Declined;
                var message = payment.FailureMessage ?? "The card was declined.";
                payment.ForgetGatewayPayment();
                checkout.CardRefused();
                await db.SaveChangesAsync(cancellationToken);
                throw new Features.CardRefusedException(reason, message);
        }
    }

    private async Task<PaymentCard> KeepCardAsync(BookingCheckout checkout, string paymentMethodId, CancellationToken cancellationToken)
    {
        var card = await db.Cards.SingleOrDefaultAsync(c => c.GatewayPaymentMethodId == paymentMethodId, cancellationToken);
        if (card is null)
        {
            var details = await step.Gateway.GetCardAsync(paymentMethodId, cancellationToken);
            var isFirst = checkout.PatientId is { } patientId && !await db.Cards.AnyAsync(c => c.PatientId == patientId && c.RemovedAt == null, cancellationToken);
            card = PaymentCard.Save(checkout.PatientId, checkout.GatewayCustomerId, paymentMethodId, details.Brand, details.Last4, details.ExpMonth, details.ExpYear,
                isFirst, step.Now);
            db.Cards.Add(card);
            db.Audit.Add(PaymentAuditEntry.Record(step.Now, "patient", "card.added", checkout.PatientId, null, null, null, null,
                $"{card.Brand} ····{card.Last4} for booking {checkout.HoldKey}"));
        }

        checkout.UseCard(card.Id);
        return card;
    }

    private async Task<BookingPaymentStep> SecureAsync(BookingCheckout checkout, HoldGroupTerms terms, PaymentCard card, CancellationToken cancellationToken)
    {
        checkout.Secure(step.Now);
        db.Audit.Add(PaymentAuditEntry.Record(step.Now, "patient", "booking.card-secured", checkout.PatientId, null, null, null, null,
            $"{card.Brand} ····{card.Last4} for booking {checkout.HoldKey}"));
        await db.SaveChangesAsync(cancellationToken);
        return await step.StepAsync(checkout, terms, null, null, cancellationToken);
    }

    private static string PaymentOutcomesPurpose(PaymentKind kind) => Processing.PaymentOutcomes.Purpose(kind);
}
