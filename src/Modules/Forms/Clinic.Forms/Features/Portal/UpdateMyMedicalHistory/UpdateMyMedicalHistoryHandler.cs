using Clinic.BuildingBlocks.Abstractions;
using Clinic.Forms.Features.Records;
using Mediator;

namespace Clinic.Forms.Features.Portal.UpdateMyMedicalHistory;

internal sealed class UpdateMyMedicalHistoryHandler(MedicalHistories histories, ICurrentUser user) : IRequestHandler<UpdateMyMedicalHistory, MedicalHistoryView>
{
    public async ValueTask<MedicalHistoryView> Handle(UpdateMyMedicalHistory command, CancellationToken cancellationToken) =>
        await histories.UpdateAsync(CurrentPatient.IdOf(user), command.Data, command.BasedOnRecordId, cancellationToken);
}
