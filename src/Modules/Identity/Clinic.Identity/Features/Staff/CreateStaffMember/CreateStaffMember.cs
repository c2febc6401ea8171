using Mediator;

namespace Clinic.Identity.Features.Staff.CreateStaffMember;

/// <summary>An Admin adds a staff login with an initial password to pass on in person; the member changes it after logging in.</summary>
public sealed record CreateStaffMember(string Email, string FullName, IReadOnlyList<string> Roles, string Password) : IRequest<StaffMember>;
