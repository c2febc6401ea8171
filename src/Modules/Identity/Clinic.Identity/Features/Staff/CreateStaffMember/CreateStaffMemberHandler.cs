using Clinic.BuildingBlocks.Errors;
using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Clinic.Identity.Features.Staff.CreateStaffMember;

internal sealed class CreateStaffMemberHandler(IdentityDbContext db, UserManager<ClinicUser> users, TimeProvider clock)
    : IRequestHandler<CreateStaffMember, StaffMember>
{
    public async ValueTask<StaffMember> Handle(CreateStaffMember command, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(command.Email) is not null)
        {
            throw new ConflictException($"An account with the email {command.Email.Trim()} already exists.");
        }

        var user = ClinicUser.ForEmail(command.Email, clock.GetUtcNow());
        user.FullName = command.FullName.Trim();
        // The Admin vouches for the address; staff never go through patient email verification.
        user.EmailConfirmed = true;
        await AccountPasswords.EnsureAcceptableAsync(users, user, command.Password, nameof(command.Password));

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        AccountPasswords.Succeeded(await users.CreateAsync(user, command.Password));
        AccountPasswords.Succeeded(await users.AddToRolesAsync(user, command.Roles.Distinct()));
        await transaction.CommitAsync(cancellationToken);
        return await StaffRules.DescribeAsync(users, user);
    }
}
