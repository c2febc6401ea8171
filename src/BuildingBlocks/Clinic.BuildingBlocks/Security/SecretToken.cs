using System.Security.Cryptography;
using System.Text;

namespace Clinic.BuildingBlocks.Security;

/// <summary>Unguessable bearer tokens for links and holds: 256 random bits, only their SHA-256 hash is stored.</summary>
public static class SecretToken
{
    public static string New() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Compares in constant time, so response timing reveals nothing about a stored hash.</summary>
    public static bool Matches(string? token, string storedHash) =>
        token is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(storedHash));

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
