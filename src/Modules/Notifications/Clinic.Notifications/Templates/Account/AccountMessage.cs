namespace Clinic.Notifications.Templates.Account;

/// <summary>What an account email (verification, welcome, password reset) may say; times are in the clinic's zone.</summary>
internal sealed record AccountMessage(string FullName, Language Language, ClinicBranding Clinic, DateTimeOffset ExpiresAt)
{
    public string Greeting => Language.Pick($"Hola, {Wording.FirstName(FullName)}:", $"Hello {Wording.FirstName(FullName)},");

    public string Expiry => Language.DateAndTime(ZonedTime.Of(ExpiresAt, Clinic.TimeZone));
}
