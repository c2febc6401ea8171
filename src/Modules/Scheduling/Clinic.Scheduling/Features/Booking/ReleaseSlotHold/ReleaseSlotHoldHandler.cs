using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Booking.ReleaseSlotHold;

internal sealed class ReleaseSlotHoldHandler(SchedulingDbContext db) : IRequestHandler<ReleaseSlotHold>
{
    public async ValueTask<Unit> Handle(ReleaseSlotHold command, CancellationToken cancellationToken)
    {
        var hold = await db.SlotHolds.SingleOrDefaultAsync(h => h.Id == command.HoldId, cancellationToken);
        // Someone else's hold answers exactly like a missing one: a hold id alone reveals nothing.
        if (hold is null || !hold.IsHeldBy(command.HoldToken))
        {
            throw new NotFoundException("Hold", command.HoldId);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.ReleaseProviderTimeAsync(hold.Id, cancellationToken);
        db.SlotHolds.Remove(hold);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
