using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Identity.Features.Patients.ListPossibleDuplicates;

internal sealed class ListPossibleDuplicatesHandler(IdentityDbContext db)
    : IRequestHandler<ListPossibleDuplicates, IReadOnlyList<PossibleDuplicateResponse>>
{
    public async ValueTask<IReadOnlyList<PossibleDuplicateResponse>> Handle(ListPossibleDuplicates query, CancellationToken cancellationToken)
    {
        var duplicates = await db.PossibleDuplicates.AsNoTracking().OrderByDescending(d => d.DetectedAt).ToListAsync(cancellationToken);
        var ids = duplicates.SelectMany(d => new[] { d.PatientId, d.DuplicateOfId }).Distinct().ToList();
        var patients = await db.Patients.AsNoTracking().Where(p => ids.Contains(p.Id) && p.MergedIntoId == null).ToListAsync(cancellationToken);
        var records = (await PatientRecords.ForAsync(db, patients, cancellationToken)).ToDictionary(r => r.Profile.Id);

        return duplicates
            .Where(d => records.ContainsKey(d.PatientId) && records.ContainsKey(d.DuplicateOfId))
            .Select(d => new PossibleDuplicateResponse(d.Id, d.Reason, d.DetectedAt, records[d.PatientId], records[d.DuplicateOfId]))
            .ToList();
    }
}
