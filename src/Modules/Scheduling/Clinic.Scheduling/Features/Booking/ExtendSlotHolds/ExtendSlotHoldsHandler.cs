using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Booking.ExtendSlotHolds;

internal sealed class ExtendSlotHoldsHandler(SchedulingDbContext db, TimeProvider clock) : IRequestHandler<ExtendSlotHolds, IReadOnlyList<ExtendedHold>>
{
    public async ValueTask<IReadOnlyList<ExtendedHold>> Handle(ExtendSlotHolds command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var holds = await HoldGroups.LiveHoldsAsync(db, command.Holds.Select(h => (h.HoldId, h.HoldToken)).ToList(), now, cancellationToken);
        var settings = await db.BookingSettingsAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var hold in holds)
        {
            hold.Extend(settings, now);
            // The time cells keep the hold's expiry, so availability and the next claim see the longer hold too.
            await db.ProviderTimeCells.Where(c => c.OwnerId == hold.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.ExpiresAt, (DateTimeOffset?)hold.ExpiresAt), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return holds.Select(h => new ExtendedHold(h.Id, h.ExpiresAt)).ToList();
    }
}
