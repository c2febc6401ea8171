namespace Clinic.Identity.Domain.PhoneVerifications;

/// <summary>
/// One SMS code sent to a phone (OB4) and, once the right code comes back, the short-lived token
/// that lets the booking go ahead. Only hashes are stored; each is good for one use.
/// </summary>
internal sealed class PhoneVerification
{
    public const int UsedForLength = 100;

    private PhoneVerification() { }

    public Guid Id { get; private set; }

    /// <summary>E.164.</summary>
    public string Phone { get; private set; } = "";

    public string CodeHash { get; private set; } = "";

    public DateTimeOffset SentAt { get; private set; }

    public DateTimeOffset CodeExpiresAt { get; private set; }

    /// <summary>Every check counts, right or wrong, so a code cannot be guessed by trying.</summary>
    public int Checks { get; private set; }

    public DateTimeOffset? VerifiedAt { get; private set; }

    public string? TokenHash { get; private set; }

    public DateTimeOffset? TokenExpiresAt { get; private set; }

    public DateTimeOffset? TokenConsumedAt { get; private set; }

    /// <summary>What used the token up, e.g. "booking:{hold group}": the same booking may ask again, no other can.</summary>
    public string? TokenUsedFor { get; private set; }

    public static PhoneVerification Send(string phone, string codeHash, DateTimeOffset now, TimeSpan codeLifetime) => new()
    {
        Id = Guid.NewGuid(),
        Phone = phone,
        CodeHash = codeHash,
        SentAt = now,
        CodeExpiresAt = now + codeLifetime,
    };

    /// <summary>Checks a code; on success the code is spent and <paramref name="tokenHash"/> becomes the proof to book with.</summary>
    /// <param name="matches">Compares the submitted code with <see cref="CodeHash"/>.</param>
    public PhoneCodeCheck Check(Func<string, bool> matches, DateTimeOffset now, int maxChecks, string tokenHash, TimeSpan tokenLifetime)
    {
        if (VerifiedAt is not null)
        {
            return PhoneCodeCheck.AlreadyUsed;
        }

        if (now >= CodeExpiresAt)
        {
            return PhoneCodeCheck.Expired;
        }

        if (Checks >= maxChecks)
        {
            return PhoneCodeCheck.TooManyChecks;
        }

        Checks++;
        if (!matches(CodeHash))
        {
            return Checks >= maxChecks ? PhoneCodeCheck.TooManyChecks : PhoneCodeCheck.WrongCode;
        }

        VerifiedAt = now;
        TokenHash = tokenHash;
        TokenExpiresAt = now + tokenLifetime;
        return PhoneCodeCheck.Verified;
    }

    public bool IsTokenUsable(DateTimeOffset now) =>
        TokenHash is not null && TokenConsumedAt is null && now < TokenExpiresAt;
}
