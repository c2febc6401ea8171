namespace Clinic.Identity.Domain.Patients;

/// <summary>What a patient or staff member may edit on a profile. Phone is already E.164.</summary>
internal sealed record PatientDetails(
    string FirstName,
    string LastName,
    string? Phone,
    DateOnly? BirthDate,
    string? Address,
    string PreferredLanguage,
    bool MarketingConsent);
