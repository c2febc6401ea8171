using Clinic.BuildingBlocks.Errors;
using Clinic.Forms.Domain.Requests;
using Clinic.Forms.Features;
using Clinic.Forms.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Features.Requests;

/// <summary>A request looked up within one patient's records: another patient's id is "not found", never "forbidden".</summary>
internal sealed class PatientRequests(FormsDbContext db, PatientRecords patients)
{
    public async Task<FormRequest> FindOwnAsync(Guid patientId, Guid requestId, CancellationToken cancellationToken)
    {
        var ids = await patients.IdsOfAsync(patientId, cancellationToken);
        return await db.FormRequests.SingleOrDefaultAsync(r => r.Id == requestId && ids.Contains(r.PatientId), cancellationToken)
            ?? throw new NotFoundException("Form request", requestId);
    }

    public async Task<FormRequest> FindAsync(Guid requestId, CancellationToken cancellationToken) =>
        await db.FormRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken)
        ?? throw new NotFoundException("Form request", requestId);
}
