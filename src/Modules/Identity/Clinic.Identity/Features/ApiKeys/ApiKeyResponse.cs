using Clinic.Identity.Domain.ApiKeys;

namespace Clinic.Identity.Features.ApiKeys;

/// <summary>An integrator's API key as staff see it later: never the key itself.</summary>
/// <param name="Prefix">The key's first characters, to tell keys apart.</param>
public sealed record ApiKeyResponse(
    Guid Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt)
{
    internal static ApiKeyResponse From(ApiKey key) =>
        new(key.Id, key.Name, key.Prefix, key.ScopeList, key.CreatedAt, key.CreatedBy, key.RevokedAt, key.LastUsedAt);
}
