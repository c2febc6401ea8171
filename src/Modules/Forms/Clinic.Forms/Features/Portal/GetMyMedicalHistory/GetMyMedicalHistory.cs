using Mediator;

namespace Clinic.Forms.Features.Portal.GetMyMedicalHistory;

/// <summary>The patient's own medical history (PP7) with its change history.</summary>
public sealed record GetMyMedicalHistory : IRequest<MedicalHistoryView>;
