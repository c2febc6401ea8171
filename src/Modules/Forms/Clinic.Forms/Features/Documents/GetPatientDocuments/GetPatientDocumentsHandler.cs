using Clinic.BuildingBlocks.Abstractions;
using Clinic.Forms.Features;
using Clinic.Forms.Features.Requests;
using Mediator;

namespace Clinic.Forms.Features.Documents.GetPatientDocuments;

internal sealed class GetPatientDocumentsHandler(RequestOverview overview, PatientRecords patients, ICurrentUser user)
    : IRequestHandler<GetPatientDocuments, PatientDocuments>
{
    public async ValueTask<PatientDocuments> Handle(GetPatientDocuments query, CancellationToken cancellationToken)
    {
        var visits = await overview.ForPatientAsync(await patients.IdsOfAsync(query.PatientId, cancellationToken), cancellationToken);
        var clinical = user.IsInRole(ClinicRoles.Admin) || user.IsInRole(ClinicRoles.Provider);
        return new PatientDocuments(query.PatientId, visits, clinical);
    }
}
