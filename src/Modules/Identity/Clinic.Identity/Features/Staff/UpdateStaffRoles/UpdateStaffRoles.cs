using System.Text.Json.Serialization;
using Mediator;

namespace Clinic.Identity.Features.Staff.UpdateStaffRoles;

/// <summary>Replaces a staff member's roles; their open sessions pick the change up within a minute.</summary>
public sealed record UpdateStaffRoles(IReadOnlyList<string> Roles) : IRequest<StaffMember>
{
    /// <summary>Taken from the route, never from the body.</summary>
    [JsonIgnore]
    public Guid StaffId { get; init; }
}
