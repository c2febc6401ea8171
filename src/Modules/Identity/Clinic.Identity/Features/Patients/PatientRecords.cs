using Clinic.Identity.Domain.Patients;
using Clinic.Identity.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Identity.Features.Patients;

/// <summary>Joins profiles with their accounts for the staff views.</summary>
internal static class PatientRecords
{
    public static async Task<List<PatientRecord>> ForAsync(IdentityDbContext db, IReadOnlyCollection<Patient> patients, CancellationToken cancellationToken)
    {
        var ids = patients.Select(p => p.Id).ToList();
        var accounts = await db.Users.AsNoTracking()
            .Where(u => u.PatientId != null && ids.Contains(u.PatientId.Value))
            .ToDictionaryAsync(u => u.PatientId!.Value, cancellationToken);
        return patients.Select(p => PatientRecord.From(p, accounts.GetValueOrDefault(p.Id))).ToList();
    }

    public static async Task<PatientRecord> ForAsync(IdentityDbContext db, Patient patient, CancellationToken cancellationToken) =>
        (await ForAsync(db, [patient], cancellationToken)).Single();

    /// <summary>Patients who have never logged in: no account, or an account never used (PP2).</summary>
    public static IQueryable<Patient> NeverLoggedIn(IdentityDbContext db) =>
        db.Patients.Where(p => p.MergedIntoId == null && !db.Users.Any(u => u.PatientId == p.Id && u.LastLoginAt != null));
}
