using Mediator;

namespace Clinic.Identity.Contracts;

/// <summary>
/// Finds the patient a booking belongs to, or creates the profile (OB3, PP5). An email already on
/// file always resolves to that profile, never a second one; a new profile is checked for likely
/// duplicates (same phone) for staff to review. Phone may be in any common notation; it is stored in E.164.
/// </summary>
public sealed record EnsurePatientProfile(string FirstName, string LastName, string Email, string? Phone, string Language)
    : IRequest<EnsuredPatientProfile>;

/// <param name="Contact">The profile the booking belongs to and how to reach the patient (the surviving profile when merged).</param>
/// <param name="IsNew">True when this call created the profile.</param>
public sealed record EnsuredPatientProfile(PatientContactDetails Contact, bool IsNew)
{
    public Guid PatientId => Contact.PatientId;
}
