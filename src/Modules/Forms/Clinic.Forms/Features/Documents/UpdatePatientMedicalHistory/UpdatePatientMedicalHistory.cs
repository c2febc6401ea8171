using System.Text.Json.Serialization;
using Clinic.Forms.Domain.MedicalHistory;
using Mediator;

namespace Clinic.Forms.Features.Documents.UpdatePatientMedicalHistory;

/// <summary>A Provider or Admin records the patient's medical history (during a consultation); a new version with their name.</summary>
/// <param name="Data">The whole history as it should be now.</param>
/// <param name="BasedOnRecordId">The version edited (null when there was none); a stale one is refused with 409.</param>
public sealed record UpdatePatientMedicalHistory(MedicalHistoryData Data, Guid? BasedOnRecordId) : IRequest<MedicalHistoryView>
{
    /// <summary>Taken from the route, never from the body.</summary>
    [JsonIgnore]
    public Guid PatientId { get; init; }
}
