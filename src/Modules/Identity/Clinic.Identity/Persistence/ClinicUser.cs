using Microsoft.AspNetCore.Identity;

namespace Clinic.Identity.Persistence;

/// <summary>
/// A login: a patient's portal account (linked to a profile) or a staff member's. Passwords,
/// lockout and security stamps are ASP.NET Core Identity's.
/// </summary>
internal sealed class ClinicUser : IdentityUser<Guid>
{
    /// <summary>Set for patients: the profile this account gives access to.</summary>
    public Guid? PatientId { get; set; }

    /// <summary>Staff display name; patients' names live on their profile.</summary>
    public string FullName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Null until the first successful login (PP2 counts these).</summary>
    public DateTimeOffset? LastLoginAt { get; set; }

    /// <summary>Set when an Admin closes a staff account; it can no longer log in or receive links.</summary>
    public DateTimeOffset? DeactivatedAt { get; set; }

    public static ClinicUser ForEmail(string email, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        UserName = email.Trim(),
        Email = email.Trim(),
        CreatedAt = now,
    };
}
