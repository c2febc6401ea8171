using Mediator;

namespace Clinic.Forms.Features.Assisted.OpenAssistedRequest;

/// <summary>
/// Opens a pending request on a clinic device so the patient can fill it in with staff present (PP12 at the clinic):
/// the blank version only; a draft or earlier answers are never shown here.
/// </summary>
public sealed record OpenAssistedRequest(Guid RequestId) : IRequest<AssistedFormRequest>;

/// <summary>A request ready to fill in at the clinic.</summary>
/// <param name="Request">Its status.</param>
/// <param name="Version">The version to answer or sign.</param>
/// <param name="Visit">The appointment it is for.</param>
/// <param name="PatientId">The patient it belongs to.</param>
public sealed record AssistedFormRequest(FormRequestSummary Request, FormVersionView Version, VisitSummary Visit, Guid PatientId);
