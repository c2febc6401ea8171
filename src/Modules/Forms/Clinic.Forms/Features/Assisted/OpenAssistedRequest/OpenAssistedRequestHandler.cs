using Clinic.Forms.Features.Requests;
using Clinic.Forms.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Features.Assisted.OpenAssistedRequest;

internal sealed class OpenAssistedRequestHandler(FormsDbContext db, PatientRequests requests) : IRequestHandler<OpenAssistedRequest, AssistedFormRequest>
{
    public async ValueTask<AssistedFormRequest> Handle(OpenAssistedRequest query, CancellationToken cancellationToken)
    {
        var request = await requests.FindAsync(query.RequestId, cancellationToken);
        var version = await db.FormVersions.AsNoTracking().SingleAsync(v => v.Id == request.FormVersionId, cancellationToken);
        var visit = await db.Visits.AsNoTracking().SingleAsync(v => v.AppointmentId == request.AppointmentId, cancellationToken);
        return new AssistedFormRequest(FormRequestSummary.From(request, version), FormVersionView.From(version), VisitSummary.From(visit), request.PatientId);
    }
}
