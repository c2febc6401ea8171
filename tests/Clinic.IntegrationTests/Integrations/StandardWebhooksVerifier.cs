using System.Security.Cryptography;
using System.Text;

namespace Clinic.IntegrationTests.Integrations;

/// <summary>
/// What an integrator writes from the Standard Webhooks specification (standardwebhooks.com), kept apart from the
/// product's signer: decode the secret after "whsec_", HMAC-SHA256 over "{id}.{timestamp}.{body}", and accept the
/// message when any "v1,"-signature in the space-separated header matches (compared in constant time), and the
/// timestamp is within five minutes of the receiver's clock.
/// </summary>
public static class StandardWebhooksVerifier
{
    public static bool Verifies(ReceivedWebhook message, string secret, DateTimeOffset receiverNow)
    {
        if (message.Id is null || message.Timestamp is null || message.Signature is null || !long.TryParse(message.Timestamp, out var seconds))
        {
            return false;
        }

        if (Math.Abs((receiverNow - DateTimeOffset.FromUnixTimeSeconds(seconds)).TotalMinutes) > 5)
        {
            return false;
        }

        var key = Convert.FromBase64String(secret.Split('_', 2)[1]);
        using var hmac = new HMACSHA256(key);
        var expected = hmac.ComputeHash(Encoding.UTF8.GetBytes(message.Id + "." + message.Timestamp + "." + message.Body));
        foreach (var part in message.Signature.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var pieces = part.Split(',', 2);
            if (pieces.Length == 2 && pieces[0] == "v1" && CryptographicOperations.FixedTimeEquals(Convert.FromBase64String(pieces[1]), expected))
            {
                return true;
            }
        }

        return false;
    }
}
