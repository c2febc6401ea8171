using Clinic.Identity.Domain.Patients;
using Clinic.Identity.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Identity.Features.Patients;

/// <summary>
/// Finding and creating patient profiles the same way for staff, registration and booking: an email
/// on file resolves to its profile (following merges), and a new profile is compared with existing
/// ones so staff see likely duplicates. Changes are saved by the caller.
/// </summary>
internal sealed class PatientDirectory(IdentityDbContext db, TimeProvider clock)
{
    // Merges form short chains (A→B, then B→C); the bound only guards against a corrupted cycle.
    private const int MaxMergeHops = 16;

    /// <summary>The surviving profile that owns <paramref name="email"/>, or null.</summary>
    public async Task<Patient?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = EmailAddress.Normalize(email);
        var patient = await db.Patients.SingleOrDefaultAsync(p => p.NormalizedEmail == normalized, cancellationToken);
        return patient is null ? null : await SurvivorOfAsync(patient, cancellationToken);
    }

    /// <summary>The profile with this id, or the one it was merged into; null if there is none.</summary>
    public async Task<Patient?> FindAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var patient = await db.Patients.SingleOrDefaultAsync(p => p.Id == patientId, cancellationToken);
        return patient is null ? null : await SurvivorOfAsync(patient, cancellationToken);
    }

    /// <summary>Adds a new profile and records which existing profiles it probably duplicates.</summary>
    public async Task<Patient> CreateAsync(PatientDetails details, string? email, PatientSource source, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var patient = Patient.Create(details, email, source, now);
        db.Patients.Add(patient);

        var phone = patient.Phone;
        var birthDate = patient.BirthDate;
        var nameKey = patient.NameKey;
        var lookalikes = await db.Patients
            .Where(p => p.MergedIntoId == null && p.Id != patient.Id
                        && ((phone != null && p.Phone == phone) || (birthDate != null && p.NameKey == nameKey && p.BirthDate == birthDate)))
            .ToListAsync(cancellationToken);
        foreach (var existing in lookalikes)
        {
            var reason = phone is not null && existing.Phone == phone ? DuplicateReason.SamePhone : DuplicateReason.SameNameAndBirthDate;
            db.PossibleDuplicates.Add(PossibleDuplicate.Of(patient, existing, reason, now));
        }

        return patient;
    }

    private async Task<Patient> SurvivorOfAsync(Patient patient, CancellationToken cancellationToken)
    {
        for (var hop = 0; patient.MergedIntoId is { } next && hop < MaxMergeHops; hop++)
        {
            patient = await db.Patients.SingleAsync(p => p.Id == next, cancellationToken);
        }

        return patient;
    }
}
