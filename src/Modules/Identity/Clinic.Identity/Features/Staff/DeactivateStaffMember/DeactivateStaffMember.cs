using Mediator;

namespace Clinic.Identity.Features.Staff.DeactivateStaffMember;

/// <summary>Closes a staff login: it can no longer log in, and its open sessions end within a minute.</summary>
public sealed record DeactivateStaffMember(Guid StaffId) : IRequest;
