namespace Clinic.Identity.Domain.Accounts;

/// <summary>
/// A single-use, expiring link emailed to a patient: verify an email, activate an account, reset a
/// password. Only the token's hash is stored, so a database leak does not hand out working links.
/// </summary>
internal sealed class AccountLink
{
    private AccountLink() { }

    public Guid Id { get; private set; }

    public AccountLinkPurpose Purpose { get; private set; }

    /// <summary>The account (email verification, password reset) or patient profile (activation) the link acts on.</summary>
    public Guid SubjectId { get; private set; }

    public string TokenHash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>Set when the link was used, or made void because a sibling link was used first.</summary>
    public DateTimeOffset? UsedAt { get; private set; }

    public static AccountLink Create(AccountLinkPurpose purpose, Guid subjectId, string tokenHash, DateTimeOffset now, TimeSpan lifetime) => new()
    {
        Id = Guid.NewGuid(),
        Purpose = purpose,
        SubjectId = subjectId,
        TokenHash = tokenHash,
        CreatedAt = now,
        ExpiresAt = now + lifetime,
    };

    public bool IsUsable(DateTimeOffset now) => UsedAt is null && now < ExpiresAt;

    public void MarkUsed(DateTimeOffset now) => UsedAt ??= now;
}
