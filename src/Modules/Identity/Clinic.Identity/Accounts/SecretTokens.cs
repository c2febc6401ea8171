using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Clinic.Identity.Accounts;

/// <summary>
/// Random bearer secrets (link tokens, phone tokens, API keys) and their stored form. They carry 256
/// bits of entropy, so a plain SHA-256 is enough to keep them useless if the database leaks; passwords
/// and SMS codes, which are guessable, go through ASP.NET Core Identity's password hasher instead.
/// </summary>
internal static class SecretTokens
{
    public static string New() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A uniformly random numeric code, e.g. "042917".</summary>
    public static string NumericCode(int length)
    {
        var code = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            code.Append((char)('0' + RandomNumberGenerator.GetInt32(10)));
        }

        return code.ToString();
    }
}
