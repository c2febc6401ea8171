namespace Clinic.Identity.Features.Staff;

/// <summary>A staff login and its roles (Admin, Provider, FrontDesk).</summary>
public sealed record StaffMember(Guid Id, string Email, string FullName, IReadOnlyList<string> Roles, DateTimeOffset? LastLoginAt, bool IsActive);
