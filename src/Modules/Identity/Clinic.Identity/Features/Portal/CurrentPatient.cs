using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.Identity.Domain.Patients;
using Clinic.Identity.Features.Patients;

namespace Clinic.Identity.Features.Portal;

/// <summary>The profile of the patient whose session this is — the only profile the portal can reach.</summary>
internal sealed class CurrentPatient(ICurrentUser currentUser, PatientDirectory patients)
{
    public async Task<Patient> GetAsync(CancellationToken cancellationToken) =>
        (currentUser.PatientId is { } patientId ? await patients.FindAsync(patientId, cancellationToken) : null)
        ?? throw new NotFoundException("Patient profile", currentUser.PatientId?.ToString() ?? "none");
}
