using Mediator;

namespace Clinic.Identity.Features.Patients.SearchPatients;

/// <summary>Finds patients by name, email or phone (any part); without a search, the newest. Merged profiles are left out.</summary>
public sealed record SearchPatients(string? Search, int Limit = 50) : IRequest<IReadOnlyList<PatientRecord>>;
