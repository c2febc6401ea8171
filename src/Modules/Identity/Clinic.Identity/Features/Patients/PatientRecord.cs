using Clinic.Identity.Domain.Patients;
using Clinic.Identity.Persistence;

namespace Clinic.Identity.Features.Patients;

/// <summary>A patient as staff see it: the profile, where it came from and the state of its portal account.</summary>
/// <param name="MergedIntoId">Set when this profile was merged into another; use that one.</param>
public sealed record PatientRecord(
    PatientProfile Profile,
    PatientSource Source,
    DateTimeOffset CreatedAt,
    bool HasAccount,
    bool EmailVerified,
    DateTimeOffset? LastLoginAt,
    Guid? MergedIntoId)
{
    internal static PatientRecord From(Patient patient, ClinicUser? account) => new(
        PatientProfile.From(patient),
        patient.Source,
        patient.CreatedAt,
        account is not null,
        account?.EmailConfirmed == true,
        account?.LastLoginAt,
        patient.MergedIntoId);
}
