using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.Identity.Domain.Accounts;
using Clinic.Identity.Features.Account.GetCurrentUser;
using Clinic.Identity.Features.Patients;
using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Identity.Features.Account.ActivateAccount;

internal sealed class ActivateAccountHandler(
    IdentityDbContext db,
    UserManager<ClinicUser> users,
    PatientDirectory patients,
    AccountLinks links,
    Sessions sessions,
    CurrentUserResponses responses,
    TimeProvider clock) : IRequestHandler<ActivateAccount, CurrentUserResponse>
{
    public async ValueTask<CurrentUserResponse> Handle(ActivateAccount command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var link = await links.RedeemAsync(AccountLinkPurpose.Activation, command.Token, cancellationToken);
        var patient = await patients.FindAsync(link.SubjectId, cancellationToken);
        if (patient?.Email is null)
        {
            throw new BusinessRuleException(AccountLinks.ExpiredOrUsed);
        }

        var user = await db.Users.SingleOrDefaultAsync(u => u.PatientId == patient.Id, cancellationToken);
        if (user is { EmailConfirmed: true, PasswordHash: not null })
        {
            throw new BusinessRuleException("This account is already active. Log in with your email and password, or reset your password.");
        }

        if (user is null)
        {
            if (await users.FindByEmailAsync(patient.Email) is not null)
            {
                throw new ConflictException("Another account already uses this email address. Log in with it, or reset its password.");
            }

            user = ClinicUser.ForEmail(patient.Email, now);
            user.PatientId = patient.Id;
            await AccountPasswords.EnsureAcceptableAsync(users, user, command.Password, nameof(command.Password));
            user.EmailConfirmed = true;
            AccountPasswords.Succeeded(await users.CreateAsync(user, command.Password));
            AccountPasswords.Succeeded(await users.AddToRoleAsync(user, ClinicRoles.Patient));
        }
        else
        {
            await AccountPasswords.ReplaceAsync(users, user, command.Password, nameof(command.Password));
            user.EmailConfirmed = true;
        }

        user.LastLoginAt = now;
        AccountPasswords.Succeeded(await users.UpdateAsync(user));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await sessions.SignInAsync(user);
        return await responses.DescribeAsync(user, cancellationToken);
    }
}
