using System.Security.Cryptography;
using System.Text;

namespace Clinic.BuildingBlocks.Security;

/// <summary>
/// Random bearer secrets (account links, phone tokens, holds, API keys, calendar links) and their stored form.
/// They carry 256 bits of entropy, so a plain SHA-256 is enough to keep them useless if the database leaks;
/// passwords and SMS codes, which are guessable, go through a slow password hasher instead.
/// </summary>
public static class SecretToken
{
    public static string New() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Compares in constant time, so response timing reveals nothing about a stored hash.</summary>
    public static bool Matches(string? token, string storedHash) =>
        token is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(storedHash));

    /// <summary>A uniformly random numeric code, e.g. "042917", for people to type (SMS codes).</summary>
    public static string NumericCode(int length)
    {
        var code = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            code.Append((char)('0' + RandomNumberGenerator.GetInt32(10)));
        }

        return code.ToString();
    }

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
