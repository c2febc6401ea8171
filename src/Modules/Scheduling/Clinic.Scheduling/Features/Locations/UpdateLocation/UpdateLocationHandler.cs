using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Locations.UpdateLocation;

internal sealed class UpdateLocationHandler(SchedulingDbContext db) : IRequestHandler<UpdateLocation, LocationResponse>
{
    public async ValueTask<LocationResponse> Handle(UpdateLocation command, CancellationToken cancellationToken)
    {
        var location = await db.Locations.SingleOrDefaultAsync(l => l.Id == command.LocationId, cancellationToken)
            ?? throw new NotFoundException("Location", command.LocationId);
        await LocationRules.EnsureNameIsFreeAsync(db, command.Name, exceptId: location.Id, cancellationToken);
        location.Update(command.Name, command.Address, command.Phone, command.TimeZone);
        await db.SaveChangesAsync(cancellationToken);
        return LocationResponse.From(location);
    }
}
