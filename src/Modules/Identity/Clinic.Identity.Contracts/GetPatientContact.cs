using Mediator;

namespace Clinic.Identity.Contracts;

/// <summary>
/// How to reach a patient. A profile merged into another answers with the surviving profile,
/// whose id is in the response. Unknown ids fail as "not found".
/// </summary>
public sealed record GetPatientContact(Guid PatientId) : IRequest<PatientContactDetails>;

/// <param name="Phone">E.164, or null when the clinic has none.</param>
/// <param name="Language">"es" or "en".</param>
public sealed record PatientContactDetails(Guid PatientId, string FirstName, string LastName, string FullName, string? Email, string? Phone, string Language);
