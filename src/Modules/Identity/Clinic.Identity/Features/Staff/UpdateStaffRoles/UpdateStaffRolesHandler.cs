using Clinic.BuildingBlocks.Abstractions;
using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Clinic.Identity.Features.Staff.UpdateStaffRoles;

internal sealed class UpdateStaffRolesHandler(IdentityDbContext db, UserManager<ClinicUser> users) : IRequestHandler<UpdateStaffRoles, StaffMember>
{
    public async ValueTask<StaffMember> Handle(UpdateStaffRoles command, CancellationToken cancellationToken)
    {
        var user = await StaffRules.FindStaffAsync(users, command.StaffId);
        var current = await users.GetRolesAsync(user);
        var wanted = command.Roles.Distinct().ToList();
        if (current.Contains(ClinicRoles.Admin) && !wanted.Contains(ClinicRoles.Admin))
        {
            await StaffRules.EnsureAnotherActiveAdminAsync(users, user);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        AccountPasswords.Succeeded(await users.RemoveFromRolesAsync(user, current.Except(wanted)));
        AccountPasswords.Succeeded(await users.AddToRolesAsync(user, wanted.Except(current)));
        await transaction.CommitAsync(cancellationToken);
        return await StaffRules.DescribeAsync(users, user);
    }
}
