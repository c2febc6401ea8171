using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Locations.DeactivateLocation;

internal sealed class DeactivateLocationHandler(SchedulingDbContext db) : IRequestHandler<DeactivateLocation>
{
    public async ValueTask<Unit> Handle(DeactivateLocation command, CancellationToken cancellationToken)
    {
        var location = await db.Locations.SingleOrDefaultAsync(l => l.Id == command.LocationId, cancellationToken)
            ?? throw new NotFoundException("Location", command.LocationId);
        location.Deactivate();
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
