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

    // Every guest booking asks it: compiled once.
    private static readonly Func<IdentityDbContext, string, CancellationToken, Task<Patient?>> ByEmail =
        EF.CompileAsyncQuery<IdentityDbContext, string, Patient?>((context, normalized, _) => context.Patients.SingleOrDefault(p => p.NormalizedEmail == normalized));

    /// <summary>The surviving profile that owns <paramref name="email"/>, or null.</summary>
    public async Task<Patient?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = EmailAddress.Normalize(email);
        var patient = await ByEmail(db, normalized, cancellationToken);
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

        foreach (var existing in await LookalikesOfAsync(patient, cancellationToken))
        {
            var reason = patient.Phone is not null && existing.Phone == patient.Phone ? DuplicateReason.SamePhone : DuplicateReason.SameNameAndBirthDate;
            db.PossibleDuplicates.Add(PossibleDuplicate.Of(patient, existing, reason, now));
        }

        return patient;
    }

    /// <summary>
    /// Other live profiles with the same phone, or the same name and birth date. The query is shaped in C#
    /// from what the new profile has: a null test on a captured value inside the query would be evaluated by
    /// compiling a throw-away method on every call, and with neither phone nor birth date there is nothing to ask.
    /// </summary>
    private async Task<List<Patient>> LookalikesOfAsync(Patient patient, CancellationToken cancellationToken)
    {
        var (id, phone, nameKey, birthDate) = (patient.Id, patient.Phone, patient.NameKey, patient.BirthDate);
        var others = db.Patients.Where(p => p.MergedIntoId == null && p.Id != id);
        var lookalikes = (phone, birthDate) switch
        {
            (not null, not null) => others.Where(p => p.Phone == phone || (p.NameKey == nameKey && p.BirthDate == birthDate)),
            (not null, null) => others.Where(p => p.Phone == phone),
            (null, not null) => others.Where(p => p.NameKey == nameKey && p.BirthDate == birthDate),
            _ => null,
        };
        return lookalikes is null ? [] : await lookalikes.ToListAsync(cancellationToken);
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
