using System.Security.Cryptography;
using System.Text;

namespace Clinic.Integrations.Delivery;

/// <summary>
/// The Standard Webhooks signature (standardwebhooks.com): HMAC-SHA256, keyed with the base64 part of the
/// <c>whsec_</c> secret, over <c>{webhook-id}.{webhook-timestamp}.{body}</c>; each signature is <c>v1,</c> + base64,
/// and several (during a secret rotation) are separated by spaces.
/// </summary>
internal static class WebhookSignature
{
    public static string Sign(string messageId, long timestamp, string body, IEnumerable<string> secrets) =>
        string.Join(' ', secrets.Select(secret => "v1," + Convert.ToBase64String(
            HMACSHA256.HashData(KeyOf(secret), Encoding.UTF8.GetBytes($"{messageId}.{timestamp}.{body}")))));

    private static byte[] KeyOf(string secret) =>
        Convert.FromBase64String(secret.StartsWith(WebhookSecrets.Prefix, StringComparison.Ordinal) ? secret[WebhookSecrets.Prefix.Length..] : secret);
}
