using Mediator;

namespace Clinic.Identity.Features.Patients.GetPatient;

/// <summary>One patient with the state of their portal account.</summary>
public sealed record GetPatient(Guid PatientId) : IRequest<PatientRecord>;
