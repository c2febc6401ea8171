using Clinic.Forms.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Features;

/// <summary>A patient's records are theirs and those of every profile merged into theirs (see <see cref="Domain.Patients.PatientAlias"/>).</summary>
internal sealed class PatientRecords(FormsDbContext db)
{
    public async Task<IReadOnlyList<Guid>> IdsOfAsync(Guid patientId, CancellationToken cancellationToken) =>
    [
        patientId,
        .. await db.PatientAliases.AsNoTracking().Where(a => a.SurvivingPatientId == patientId).Select(a => a.MergedPatientId).ToListAsync(cancellationToken),
    ];

    /// <summary>The profile a (possibly merged) patient id lives on now.</summary>
    public async Task<Guid> CurrentIdOfAsync(Guid patientId, CancellationToken cancellationToken) =>
        await db.PatientAliases.AsNoTracking().Where(a => a.MergedPatientId == patientId).Select(a => (Guid?)a.SurvivingPatientId)
            .SingleOrDefaultAsync(cancellationToken) ?? patientId;
}
