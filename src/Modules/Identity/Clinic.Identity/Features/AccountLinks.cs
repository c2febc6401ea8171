using Clinic.BuildingBlocks.Errors;
using Clinic.BuildingBlocks.Security;
using Clinic.Identity.Domain.Accounts;
using Clinic.Identity.Options;
using Clinic.Identity.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clinic.Identity.Features;

/// <summary>Issues and redeems the single-use links emailed to patients. Changes are saved by the caller's SaveChanges.</summary>
internal sealed class AccountLinks(IdentityDbContext db, TimeProvider clock, IOptions<AccountOptions> options, PortalUrls urls)
{
    public const string ExpiredOrUsed = "This link has expired or has already been used. Ask for a new one.";

    public async Task<IssuedLink> IssueAsync(AccountLinkPurpose purpose, Guid subjectId, CancellationToken cancellationToken)
    {
        var token = SecretToken.New();
        var link = AccountLink.Create(purpose, subjectId, SecretToken.Hash(token), clock.GetUtcNow(), LifetimeOf(purpose));
        db.AccountLinks.Add(link);
        return new IssuedLink(await urls.LinkAsync(PathOf(purpose), token, cancellationToken), link.CreatedAt, link.ExpiresAt);
    }

    /// <summary>True when this person already received <see cref="AccountOptions.MaxLinksPerHour"/> links of this kind within the hour.</summary>
    public async Task<bool> LimitReachedAsync(AccountLinkPurpose purpose, Guid subjectId, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().AddHours(-1);
        var recent = await db.AccountLinks.CountAsync(l => l.Purpose == purpose && l.SubjectId == subjectId && l.CreatedAt > since, cancellationToken);
        return recent >= options.Value.MaxLinksPerHour;
    }

    /// <summary>
    /// Uses up a link and voids every other unused link of the same kind for the same person.
    /// Refuses (422) a token that is unknown, expired or used.
    /// </summary>
    public async Task<AccountLink> RedeemAsync(AccountLinkPurpose purpose, string token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var hash = SecretToken.Hash(token);
        var link = await db.AccountLinks.SingleOrDefaultAsync(l => l.TokenHash == hash && l.Purpose == purpose, cancellationToken);
        if (link is null || !link.IsUsable(now))
        {
            throw new BusinessRuleException(ExpiredOrUsed);
        }

        await VoidAsync(purpose, link.SubjectId, cancellationToken);
        return link;
    }

    /// <summary>Makes every unused link of this kind for this person stop working.</summary>
    public async Task VoidAsync(AccountLinkPurpose purpose, Guid subjectId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var unused = await db.AccountLinks
            .Where(l => l.Purpose == purpose && l.SubjectId == subjectId && l.UsedAt == null)
            .ToListAsync(cancellationToken);
        foreach (var link in unused)
        {
            link.MarkUsed(now);
        }
    }

    private TimeSpan LifetimeOf(AccountLinkPurpose purpose) => purpose switch
    {
        AccountLinkPurpose.EmailVerification => options.Value.EmailVerificationLinkLifetime,
        AccountLinkPurpose.Activation => options.Value.ActivationLinkLifetime,
        _ => options.Value.PasswordResetLinkLifetime,
    };

    // SPA routes that receive the token and post it back to the API.
    private static string PathOf(AccountLinkPurpose purpose) => purpose switch
    {
        AccountLinkPurpose.EmailVerification => "/verify-email",
        AccountLinkPurpose.Activation => "/activate",
        _ => "/reset-password",
    };
}
