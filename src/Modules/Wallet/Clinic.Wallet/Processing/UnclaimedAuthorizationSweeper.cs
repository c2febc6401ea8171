using Clinic.Scheduling.Contracts.Booking;
using Clinic.Wallet.Domain.Audit;
using Clinic.Wallet.Domain.Booking;
using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Clinic.Wallet.Processing;

/// <summary>
/// Compensation for a booking that never happened (ADR 0012 e): a card step whose holds could no longer be alive
/// (their latest expiry plus <see cref="PaymentsOptions.AuthorizationGrace"/>, on the clinic's clock) and whose hold
/// group Scheduling says did not become a booking gets its authorizations released — the deposit and the card check
/// disappear from the patient's card; no money ever moved. A card saved only for that booking is dropped. Safe on
/// every instance: the release operations are keyed, and the checkout's concurrency token lets one instance win.
/// </summary>
internal sealed class UnclaimedAuthorizationSweeper(
    IServiceScopeFactory scopes, IOptions<PaymentsOptions> options, TimeProvider clock, ILogger<UnclaimedAuthorizationSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Releasing unclaimed authorizations failed; will try again");
            }
        }
    }

    /// <summary>Returns how many card steps were released.</summary>
    internal async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WalletDbContext>();
        var now = clock.GetUtcNow();
        var cutoff = now - options.Value.AuthorizationGrace;
        var lapsed = await db.Checkouts
            .Where(c => (c.Status == CheckoutStatus.Open || c.Status == CheckoutStatus.Secured) && c.LatestExpiry < cutoff)
            .OrderBy(c => c.LatestExpiry)
            .Take(100).ToListAsync(cancellationToken);
        if (lapsed.Count == 0)
        {
            return 0;
        }

        // A booking whose event is still on its way must keep its deposit: Scheduling has the last word.
        var booked = (await scope.ServiceProvider.GetRequiredService<ISender>()
            .Send(new FindBookedHoldGroups(lapsed.Select(c => c.HoldKey).ToList()), cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var released = 0;
        foreach (var checkout in lapsed.Where(c => !booked.Contains(c.HoldKey)))
        {
            checkout.Release();
            foreach (var payment in await db.Payments.Where(p => p.CheckoutId == checkout.Id).ToListAsync(cancellationToken))
            {
                if (payment.IsHeld || (payment.GatewayPaymentId is not null && payment.Status is PaymentStatus.RequiresAction or PaymentStatus.Pending))
                {
                    db.PaymentOperations.Add(PaymentOperation.Queue($"release:{payment.Key}", payment.Id, OperationKind.Release, payment.AmountMinor, "system", now,
                        reason: "No booking claimed this authorization in time"));
                }
                else if (payment.Status is PaymentStatus.Pending or PaymentStatus.Failed or PaymentStatus.RequiresAction)
                {
                    payment.ReleaseWithoutGateway(now);
                }
            }

            if (checkout.CardId is { } cardId && await db.Cards.SingleOrDefaultAsync(c => c.Id == cardId && c.PatientId == null, cancellationToken) is { } card)
            {
                card.Remove(now);
            }

            db.Audit.Add(PaymentAuditEntry.Record(now, "system", "booking.released", checkout.PatientId, null, checkout.DepositMinor, checkout.Currency,
                "No booking claimed the card step in time", $"booking {checkout.HoldKey}"));
            released++;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || Clinic.BuildingBlocks.Persistence.UniqueConstraint.IsViolation(ex))
        {
            // Another instance released them (or the booking just committed): its outcome stands; the next sweep looks again.
            logger.LogInformation("Another instance changed unclaimed card steps first; leaving them to it");
            return 0;
        }

        return released;
    }
}
