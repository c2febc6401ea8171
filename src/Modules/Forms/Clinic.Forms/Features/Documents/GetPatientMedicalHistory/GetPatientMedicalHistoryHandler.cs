using Clinic.Forms.Features.Records;
using Mediator;

namespace Clinic.Forms.Features.Documents.GetPatientMedicalHistory;

internal sealed class GetPatientMedicalHistoryHandler(MedicalHistories histories) : IRequestHandler<GetPatientMedicalHistory, MedicalHistoryView>
{
    public async ValueTask<MedicalHistoryView> Handle(GetPatientMedicalHistory query, CancellationToken cancellationToken) =>
        await histories.ReadAsync(query.PatientId, cancellationToken);
}
