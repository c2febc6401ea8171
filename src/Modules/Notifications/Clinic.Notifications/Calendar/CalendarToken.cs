using System.Buffers.Text;

namespace Clinic.Notifications.Calendar;

/// <summary>
/// The capability in a public calendar link: 256 random bits minted by Scheduling at booking
/// (SecretToken), so it cannot be guessed or enumerated.
/// </summary>
internal static class CalendarToken
{
    private const int Bytes = 32;

    /// <summary>Only well-formed tokens reach the database; anything else is simply not found.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: 43 } && Base64Url.IsValid(token, out var decodedLength) && decodedLength == Bytes;
}
