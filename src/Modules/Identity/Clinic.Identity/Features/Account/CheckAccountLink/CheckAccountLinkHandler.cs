using Clinic.BuildingBlocks.Security;
using Clinic.Identity.Domain.Accounts;
using Clinic.Identity.Features.Patients;
using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Identity.Features.Account.CheckAccountLink;

/// <summary>Reads a link without using it up: the same rules <see cref="AccountLinks.RedeemAsync"/> and the handlers apply when the form is sent.</summary>
internal sealed class CheckAccountLinkHandler(IdentityDbContext db, PatientDirectory patients, TimeProvider clock) : IRequestHandler<CheckAccountLink, AccountLinkStatus>
{
    private static readonly AccountLinkStatus Usable = new("usable");
    private static readonly AccountLinkStatus ExpiredOrUsed = new("expired-or-used");
    private static readonly AccountLinkStatus AccountActive = new("account-active");

    public async ValueTask<AccountLinkStatus> Handle(CheckAccountLink query, CancellationToken cancellationToken)
    {
        var purpose = query.Kind == "activation" ? AccountLinkPurpose.Activation : AccountLinkPurpose.PasswordReset;
        var hash = SecretToken.Hash(query.Token);
        var link = await db.AccountLinks.AsNoTracking().SingleOrDefaultAsync(l => l.TokenHash == hash && l.Purpose == purpose, cancellationToken);
        if (link is null)
        {
            return ExpiredOrUsed;
        }

        if (purpose == AccountLinkPurpose.Activation)
        {
            var patient = await patients.FindAsync(link.SubjectId, cancellationToken);
            if (patient is not null
                && await db.Users.AnyAsync(u => u.PatientId == patient.Id && u.EmailConfirmed && u.PasswordHash != null, cancellationToken))
            {
                return AccountActive;
            }

            return link.IsUsable(clock.GetUtcNow()) && patient?.Email is not null ? Usable : ExpiredOrUsed;
        }

        return link.IsUsable(clock.GetUtcNow())
               && await db.Users.AnyAsync(u => u.Id == link.SubjectId && u.DeactivatedAt == null, cancellationToken)
            ? Usable
            : ExpiredOrUsed;
    }
}
