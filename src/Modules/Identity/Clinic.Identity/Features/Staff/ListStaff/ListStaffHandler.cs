using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Identity.Features.Staff.ListStaff;

internal sealed class ListStaffHandler(IdentityDbContext db) : IRequestHandler<ListStaff, IReadOnlyList<StaffMember>>
{
    public async ValueTask<IReadOnlyList<StaffMember>> Handle(ListStaff query, CancellationToken cancellationToken)
    {
        var staff = await db.Users.AsNoTracking().Where(u => u.PatientId == null).ToListAsync(cancellationToken);
        var roles = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           select new { userRole.UserId, role.Name }).ToListAsync(cancellationToken);
        return staff
            .OrderBy(u => u.FullName, StringComparer.CurrentCulture)
            .Select(u => new StaffMember(u.Id, u.Email!, u.FullName,
                roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal).ToList(),
                u.LastLoginAt, u.DeactivatedAt is null))
            .ToList();
    }
}
