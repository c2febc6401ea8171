using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Clinic.Identity.Features.Staff.DeactivateStaffMember;

internal sealed class DeactivateStaffMemberHandler(UserManager<ClinicUser> users, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<DeactivateStaffMember>
{
    public async ValueTask<Unit> Handle(DeactivateStaffMember command, CancellationToken cancellationToken)
    {
        var user = await StaffRules.FindStaffAsync(users, command.StaffId);
        if (user.Id.ToString() == currentUser.UserId)
        {
            throw new BusinessRuleException("You cannot close your own account.");
        }

        if (await users.IsInRoleAsync(user, ClinicRoles.Admin))
        {
            await StaffRules.EnsureAnotherActiveAdminAsync(users, user);
        }

        user.DeactivatedAt ??= clock.GetUtcNow();
        // The security-stamp check ends open sessions of a deactivated account (see IdentityModule).
        AccountPasswords.Succeeded(await users.UpdateSecurityStampAsync(user));
        return Unit.Value;
    }
}
