using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Persistence;
using Clinic.Identity.Contracts;
using Clinic.Wallet.Adapters.Payments;
using Clinic.Wallet.Domain.Cards;
using Clinic.Wallet.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Wallet.Features.Cards.StartAddingCard;

internal sealed class StartAddingCardHandler(WalletDbContext db, IPaymentGateway gateway, ISender identity, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<StartAddingCard, CardSetupStarted>
{
    public async ValueTask<CardSetupStarted> Handle(StartAddingCard request, CancellationToken cancellationToken)
    {
        var patientId = MyPatient.Id(user);
        var customerId = await CustomerAsync(patientId, cancellationToken);
        // Keyed by the patient's count of setups: a double click asks the processor for the same setup twice and gets one.
        var attempt = await db.CardSetups.CountAsync(s => s.PatientId == patientId, cancellationToken) + 1;
        var setup = await gateway.CreateSetupAsync(customerId, $"setup:card:{patientId}:{attempt}", cancellationToken);
        if (!await db.CardSetups.AnyAsync(s => s.SetupId == setup.Id, cancellationToken))
        {
            db.CardSetups.Add(CardSetup.Start(setup.Id, patientId, customerId, clock.GetUtcNow()));
            await SaveIgnoringDuplicateAsync(cancellationToken);
        }

        return new CardSetupStarted(setup.Id, setup.ClientSecret, gateway.Name, gateway.PublishableKey);
    }

    private async Task<string> CustomerAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var existing = await db.GatewayCustomers.AsNoTracking().SingleOrDefaultAsync(c => c.PatientId == patientId, cancellationToken);
        if (existing is not null)
        {
            return existing.CustomerId;
        }

        var contact = await identity.Send(new GetPatientContact(patientId), cancellationToken);
        var customerId = await gateway.CreateCustomerAsync(new GatewayCustomerRequest(contact.Email, contact.FullName, $"patient:{patientId}"),
            $"customer:{patientId}", cancellationToken);
        db.GatewayCustomers.Add(GatewayCustomer.For(patientId, customerId, clock.GetUtcNow()));
        await SaveIgnoringDuplicateAsync(cancellationToken);
        return customerId;
    }

    /// <summary>Two tabs starting at once store the same row; the processor's idempotency already made them the same object.</summary>
    private async Task SaveIgnoringDuplicateAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueConstraint.IsViolation(ex))
        {
            db.ChangeTracker.Clear();
        }
    }
}
