using Clinic.BuildingBlocks.Persistence;
using Clinic.Wallet.Adapters.Payments;
using Clinic.Wallet.Domain.Booking;
using Clinic.Wallet.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Wallet.Features.Booking.StartBookingPayment;

internal sealed class StartBookingPaymentHandler(WalletDbContext db, CardStep step)
    : IRequestHandler<StartBookingPayment, BookingPaymentStep>
{
    public async ValueTask<BookingPaymentStep> Handle(StartBookingPayment command, CancellationToken cancellationToken)
    {
        var terms = await step.TermsAsync(command.Holds, cancellationToken);
        if (!terms.CardRequired)
        {
            return step.NotNeeded(terms);
        }

        var (patientId, patient) = await step.PayerAsync(command.Payer, cancellationToken);
        var checkout = await step.FindAsync(terms.HoldKey, cancellationToken);
        if (checkout is null)
        {
            var customerId = await step.CustomerAsync(terms.HoldKey, patientId, patient, cancellationToken);
            // The card check proves a card works; a deposit authorized on it proves the same, so the patient sees one hold, not two.
            var cardCheck = terms.DepositMinor == 0 && await step.CardCheckEnabledAsync(cancellationToken);
            checkout = BookingCheckout.Start(terms.HoldKey, patientId, patient, customerId, terms.DepositMinor, terms.Currency, cardCheck,
                terms.Visits.Count, terms.LatestExpiry, step.Now);
            db.Checkouts.Add(checkout);
            if (!await SavedAsync(cancellationToken))
            {
                checkout = await step.FindAsync(terms.HoldKey, cancellationToken) ?? throw new InvalidOperationException("The checkout saved by the other request is gone.");
            }
        }
        else if (command.Payer is not null || patientId is not null)
        {
            checkout.Describe(patient);
        }

        CardStep.EnsureOpen(checkout);
        if (checkout.Status is CheckoutStatus.Secured or CheckoutStatus.Booked)
        {
            await db.SaveChangesAsync(cancellationToken);
            return await step.StepAsync(checkout, terms, null, null, cancellationToken);
        }

        GatewaySetup setup;
        if (checkout.SetupId is { } setupId)
        {
            setup = await step.Gateway.GetSetupAsync(setupId, cancellationToken);
        }
        else
        {
            // Keyed by the hold group and the attempt: a double click or a second tab gets the same setup.
            setup = await step.Gateway.CreateSetupAsync(checkout.GatewayCustomerId, checkout.SetupKey, cancellationToken);
            checkout.UseSetup(setup.Id);
        }

        if (!await SavedAsync(cancellationToken))
        {
            // Another request of the same card step recorded the same setup (same key) at the same moment.
            db.ChangeTracker.Clear();
            checkout = await step.FindAsync(terms.HoldKey, cancellationToken) ?? throw new InvalidOperationException("The checkout is gone.");
        }

        return await step.StepAsync(checkout, terms, setup, null, cancellationToken);
    }

    private async Task<bool> SavedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || UniqueConstraint.IsViolation(ex))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
