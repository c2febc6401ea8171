using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Clinic.Integrations.Delivery;

/// <summary>
/// Signing secrets in the Standard Webhooks form, <c>whsec_</c> + base64 of 32 random bytes. The clinic must be able
/// to sign with them, so they cannot be hashed like API keys; they are stored encrypted with the host's data
/// protection keys (shared by every instance through the database), and shown in clear only once, when made.
/// </summary>
internal sealed class WebhookSecrets(IDataProtectionProvider dataProtection)
{
    public const string Prefix = "whsec_";

    private readonly IDataProtector protector = dataProtection.CreateProtector("Clinic.Integrations.WebhookSecrets");

    public static string New() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>Enough of a secret to recognise it, not to use it.</summary>
    public static string Hint(string secret) => secret[..(Prefix.Length + 4)] + "…";

    public string Protect(string secret) => protector.Protect(secret);

    public string Unprotect(string protectedSecret) => protector.Unprotect(protectedSecret);
}
