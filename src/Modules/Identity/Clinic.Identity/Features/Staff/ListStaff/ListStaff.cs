using Mediator;

namespace Clinic.Identity.Features.Staff.ListStaff;

/// <summary>Every staff login, closed ones included, by name.</summary>
public sealed record ListStaff : IRequest<IReadOnlyList<StaffMember>>;
