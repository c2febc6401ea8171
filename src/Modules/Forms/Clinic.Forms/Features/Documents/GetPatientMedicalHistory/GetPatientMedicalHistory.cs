using Mediator;

namespace Clinic.Forms.Features.Documents.GetPatientMedicalHistory;

/// <summary>A patient's medical history with its change history, for Providers and Admins. Audited.</summary>
public sealed record GetPatientMedicalHistory(Guid PatientId) : IRequest<MedicalHistoryView>;
