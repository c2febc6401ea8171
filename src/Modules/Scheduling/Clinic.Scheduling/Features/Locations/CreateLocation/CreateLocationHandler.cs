using Clinic.Scheduling.Domain.Catalog;
using Clinic.Scheduling.Persistence;
using Mediator;

namespace Clinic.Scheduling.Features.Locations.CreateLocation;

internal sealed class CreateLocationHandler(SchedulingDbContext db) : IRequestHandler<CreateLocation, LocationResponse>
{
    public async ValueTask<LocationResponse> Handle(CreateLocation command, CancellationToken cancellationToken)
    {
        await LocationRules.EnsureNameIsFreeAsync(db, command.Name, exceptId: null, cancellationToken);
        var location = Location.Create(command.Name, command.Address, command.Phone, command.TimeZone);
        db.Locations.Add(location);
        await db.SaveChangesAsync(cancellationToken);
        return LocationResponse.From(location);
    }
}
