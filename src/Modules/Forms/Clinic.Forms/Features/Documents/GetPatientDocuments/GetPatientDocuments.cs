using Mediator;

namespace Clinic.Forms.Features.Documents.GetPatientDocuments;

/// <summary>The patient record's Documents (PP13): every visit's forms with their status, pending ones included. Status only.</summary>
public sealed record GetPatientDocuments(Guid PatientId) : IRequest<PatientDocuments>;

/// <summary>A patient's forms as staff see them.</summary>
/// <param name="PatientId">The patient.</param>
/// <param name="Visits">Each visit with requests, latest first.</param>
/// <param name="CanReadClinicalContent">Whether the caller may open answers, consents and the medical history (Providers and Admins).</param>
public sealed record PatientDocuments(Guid PatientId, IReadOnlyList<VisitForms> Visits, bool CanReadClinicalContent);
