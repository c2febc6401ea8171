using Clinic.Identity.Domain.Patients;

namespace Clinic.Identity.Features.Patients;

/// <summary>A patient's profile as the patient (portal) and staff see it.</summary>
/// <param name="Phone">E.164.</param>
/// <param name="PreferredLanguage">"es" or "en".</param>
public sealed record PatientProfile(
    Guid Id,
    string FirstName,
    string LastName,
    string? Email,
    string? Phone,
    DateOnly? BirthDate,
    string? Address,
    string PreferredLanguage,
    bool MarketingConsent)
{
    internal static PatientProfile From(Patient patient) => new(
        patient.Id, patient.FirstName, patient.LastName, patient.Email, patient.Phone, patient.BirthDate,
        patient.Address, patient.PreferredLanguage, patient.MarketingConsent);
}
