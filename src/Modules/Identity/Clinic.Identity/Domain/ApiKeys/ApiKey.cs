namespace Clinic.Identity.Domain.ApiKeys;

/// <summary>
/// A third party's credential (BY6). The key is shown once when created; only its hash and a
/// recognisable prefix are kept. Scopes limit what it may do; revoking it is immediate.
/// </summary>
internal sealed class ApiKey
{
    private ApiKey() { }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The first characters of the key, so staff can tell keys apart without seeing them.</summary>
    public string Prefix { get; private set; } = "";

    public string KeyHash { get; private set; } = "";

    /// <summary>Space-separated, as in OAuth.</summary>
    public string Scopes { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset? RevokedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool IsActive => RevokedAt is null;

    public static ApiKey Create(string name, string prefix, string keyHash, IEnumerable<string> scopes, string createdBy, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        Name = name.Trim(),
        Prefix = prefix,
        KeyHash = keyHash,
        Scopes = string.Join(' ', scopes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
        CreatedBy = createdBy,
        CreatedAt = now,
    };

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
