using Clinic.BuildingBlocks.Errors;
using Clinic.Identity.Domain.Accounts;
using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Clinic.Identity.Features.Account.VerifyEmail;

internal sealed class VerifyEmailHandler(IdentityDbContext db, UserManager<ClinicUser> users, AccountLinks links) : IRequestHandler<VerifyEmail>
{
    public async ValueTask<Unit> Handle(VerifyEmail command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var link = await links.RedeemAsync(AccountLinkPurpose.EmailVerification, command.Token, cancellationToken);
        var user = await users.FindByIdAsync(link.SubjectId.ToString()) ?? throw new BusinessRuleException(AccountLinks.ExpiredOrUsed);

        user.EmailConfirmed = true;
        AccountPasswords.Succeeded(await users.UpdateAsync(user));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
