using Clinic.BuildingBlocks.Errors;
using Clinic.Identity.Domain.Accounts;
using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Clinic.Identity.Features.Account.ResetPassword;

internal sealed class ResetPasswordHandler(IdentityDbContext db, UserManager<ClinicUser> users, AccountLinks links) : IRequestHandler<ResetPassword>
{
    public async ValueTask<Unit> Handle(ResetPassword command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var link = await links.RedeemAsync(AccountLinkPurpose.PasswordReset, command.Token, cancellationToken);
        var user = await users.FindByIdAsync(link.SubjectId.ToString());
        if (user is null || user.DeactivatedAt is not null)
        {
            throw new BusinessRuleException(AccountLinks.ExpiredOrUsed);
        }

        await AccountPasswords.ReplaceAsync(users, user, command.NewPassword, nameof(command.NewPassword));
        // Following the emailed link proves the mailbox, and whoever locked the account by guessing is now locked out for good.
        user.EmailConfirmed = true;
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        AccountPasswords.Succeeded(await users.UpdateAsync(user));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
