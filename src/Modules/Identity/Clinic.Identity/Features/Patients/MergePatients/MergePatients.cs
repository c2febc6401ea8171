using Mediator;

namespace Clinic.Identity.Features.Patients.MergePatients;

/// <summary>
/// Folds a duplicate profile into the one to keep. The kept profile gains what it lacked (phone,
/// birth date, address); the merged one remains only as a pointer, so its email and id still lead
/// here, and every module moves its references (PatientsMerged). If both have a portal account, the
/// merged profile's account is closed; if only the merged one has, it now opens the kept profile.
/// </summary>
public sealed record MergePatients(Guid SurvivingPatientId, Guid MergedPatientId) : IRequest<PatientRecord>;
