using Clinic.Identity.Domain.Patients;
using Mediator;

namespace Clinic.Identity.Features.Patients.ListPossibleDuplicates;

/// <summary>Profiles that look like the same person, for staff to merge or dismiss; newest first.</summary>
public sealed record ListPossibleDuplicates : IRequest<IReadOnlyList<PossibleDuplicateResponse>>;

/// <param name="Patient">The profile created later.</param>
/// <param name="DuplicateOf">The older profile it resembles.</param>
public sealed record PossibleDuplicateResponse(Guid Id, DuplicateReason Reason, DateTimeOffset DetectedAt, PatientRecord Patient, PatientRecord DuplicateOf);
