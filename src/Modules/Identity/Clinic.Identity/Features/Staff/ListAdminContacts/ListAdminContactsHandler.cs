using Clinic.BuildingBlocks.Abstractions;
using Clinic.Identity.Contracts;
using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Identity.Features.Staff.ListAdminContacts;

internal sealed class ListAdminContactsHandler(IdentityDbContext db) : IRequestHandler<Contracts.ListAdminContacts, IReadOnlyList<AdminContact>>
{
    public async ValueTask<IReadOnlyList<AdminContact>> Handle(Contracts.ListAdminContacts query, CancellationToken cancellationToken)
    {
        var admins = await (from user in db.Users
                            join userRole in db.UserRoles on user.Id equals userRole.UserId
                            join role in db.Roles on userRole.RoleId equals role.Id
                            where role.Name == ClinicRoles.Admin && user.PatientId == null && user.DeactivatedAt == null && user.Email != null
                            select new { user.Id, user.Email, user.FullName }).AsNoTracking().ToListAsync(cancellationToken);
        return admins.Select(a => new AdminContact(a.Id, a.Email!, a.FullName)).OrderBy(a => a.Email, StringComparer.Ordinal).ToList();
    }
}
