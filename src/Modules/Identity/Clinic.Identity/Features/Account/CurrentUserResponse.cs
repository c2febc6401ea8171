namespace Clinic.Identity.Features.Account;

/// <summary>The signed-in account as the SPA shows it.</summary>
/// <param name="DisplayName">The patient's full name, or the staff member's.</param>
/// <param name="PatientId">Set for patients: their own profile.</param>
/// <param name="PreferredLanguage">Patients only: "es" or "en".</param>
public sealed record CurrentUserResponse(
    Guid UserId,
    string Email,
    string DisplayName,
    string? FirstName,
    string? LastName,
    IReadOnlyList<string> Roles,
    Guid? PatientId,
    string? PreferredLanguage);
