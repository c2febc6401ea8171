namespace Clinic.Notifications.Templates.Account;

/// <summary>What stands in for a secret (a link, a code) in the copy of a message that stays in the delivery log.</summary>
internal static class Redaction
{
    public const string Link = "https://redacted.invalid/";

    public const string Code = "******";
}
