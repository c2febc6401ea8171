using Clinic.Identity.Features.Patients;
using Mediator;

namespace Clinic.Identity.Features.Portal.UpdateMyProfile;

/// <summary>The signed-in patient edits their personal data (PP9). The email is the login and is not changed here.</summary>
/// <param name="Phone">Any common notation; stored in E.164. Empty removes it.</param>
public sealed record UpdateMyProfile(
    string FirstName,
    string LastName,
    string? Phone,
    DateOnly? BirthDate,
    string? Address,
    string PreferredLanguage,
    bool MarketingConsent) : IRequest<PatientProfile>;
