using Clinic.BuildingBlocks.Errors;
using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Identity.Features.Patients.GetPatient;

internal sealed class GetPatientHandler(IdentityDbContext db) : IRequestHandler<GetPatient, PatientRecord>
{
    public async ValueTask<PatientRecord> Handle(GetPatient query, CancellationToken cancellationToken)
    {
        var patient = await db.Patients.AsNoTracking().SingleOrDefaultAsync(p => p.Id == query.PatientId, cancellationToken)
                      ?? throw new NotFoundException("Patient", query.PatientId);
        return await PatientRecords.ForAsync(db, patient, cancellationToken);
    }
}
