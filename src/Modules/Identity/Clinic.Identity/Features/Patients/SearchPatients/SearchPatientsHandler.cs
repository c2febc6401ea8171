using Clinic.Identity.Domain.Patients;
using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Identity.Features.Patients.SearchPatients;

internal sealed class SearchPatientsHandler(IdentityDbContext db) : IRequestHandler<SearchPatients, IReadOnlyList<PatientRecord>>
{
    public async ValueTask<IReadOnlyList<PatientRecord>> Handle(SearchPatients query, CancellationToken cancellationToken)
    {
        var patients = db.Patients.AsNoTracking().Where(p => p.MergedIntoId == null);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var name = PersonNameKey.Of(query.Search, "");
            var email = EmailAddress.Normalize(query.Search);
            var digits = new string(query.Search.Where(char.IsDigit).ToArray());
            patients = patients.Where(p => p.NameKey.Contains(name)
                                           || (p.NormalizedEmail != null && p.NormalizedEmail.Contains(email))
                                           || (digits.Length >= 3 && p.Phone != null && p.Phone.Contains(digits)));
        }

        var found = await patients.OrderByDescending(p => p.CreatedAt).Take(query.Limit).ToListAsync(cancellationToken);
        return await PatientRecords.ForAsync(db, found, cancellationToken);
    }
}
