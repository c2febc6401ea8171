using Mediator;

namespace Clinic.Scheduling.Features.Locations.CreateLocation;

public sealed record CreateLocation(string Name, string Address, string Phone, string TimeZone)
    : IRequest<LocationResponse>, ILocationFields;
