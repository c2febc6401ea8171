namespace Clinic.Identity.Domain.Patients;

internal static class EmailAddress
{
    /// <summary>The same key ASP.NET Core Identity uses for account emails, so a profile and its account match.</summary>
    public static string Normalize(string email) => email.Trim().Normalize().ToUpperInvariant();
}
