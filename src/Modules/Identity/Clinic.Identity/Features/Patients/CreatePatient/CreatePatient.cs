using Mediator;

namespace Clinic.Identity.Features.Patients.CreatePatient;

/// <summary>Staff (or an integrator) add a patient. A likely duplicate is accepted and flagged for review; an email already on file is refused.</summary>
public sealed record CreatePatient(
    string FirstName,
    string LastName,
    string? Email,
    string? Phone,
    DateOnly? BirthDate,
    string? Address,
    string PreferredLanguage,
    bool MarketingConsent) : IRequest<PatientRecord>;
