using Clinic.Forms.Domain.MedicalHistory;
using Mediator;

namespace Clinic.Forms.Features.Portal.UpdateMyMedicalHistory;

/// <summary>The patient updates their medical history; a new version is recorded with who and when.</summary>
/// <param name="Data">The whole history as it should be now.</param>
/// <param name="BasedOnRecordId">The version the patient edited (null when there was none); a stale one is refused with 409.</param>
public sealed record UpdateMyMedicalHistory(MedicalHistoryData Data, Guid? BasedOnRecordId) : IRequest<MedicalHistoryView>;
