using Clinic.Forms.Features.Records;
using Mediator;

namespace Clinic.Forms.Features.Documents.UpdatePatientMedicalHistory;

internal sealed class UpdatePatientMedicalHistoryHandler(MedicalHistories histories) : IRequestHandler<UpdatePatientMedicalHistory, MedicalHistoryView>
{
    public async ValueTask<MedicalHistoryView> Handle(UpdatePatientMedicalHistory command, CancellationToken cancellationToken) =>
        await histories.UpdateAsync(command.PatientId, command.Data, command.BasedOnRecordId, cancellationToken);
}
