using System.Text.Json.Serialization;
using Mediator;

namespace Clinic.Scheduling.Features.Locations.UpdateLocation;

public sealed record UpdateLocation(string Name, string Address, string Phone, string TimeZone)
    : IRequest<LocationResponse>, ILocationFields
{
    /// <summary>Taken from the route, never from the body.</summary>
    [JsonIgnore]
    public Guid LocationId { get; init; }
}
