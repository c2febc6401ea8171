using Clinic.Scheduling.Domain.Catalog;

namespace Clinic.Scheduling.Features.Locations;

public sealed record LocationResponse(Guid Id, string Name, string Address, string Phone, string TimeZone, bool IsActive)
{
    internal static LocationResponse From(Location location) =>
        new(location.Id, location.Name, location.Address, location.Phone, location.TimeZoneId, location.IsActive);
}
