using Clinic.BuildingBlocks.Abstractions;
using Clinic.Forms.Features.Records;
using Mediator;

namespace Clinic.Forms.Features.Portal.GetMyMedicalHistory;

internal sealed class GetMyMedicalHistoryHandler(MedicalHistories histories, ICurrentUser user) : IRequestHandler<GetMyMedicalHistory, MedicalHistoryView>
{
    public async ValueTask<MedicalHistoryView> Handle(GetMyMedicalHistory query, CancellationToken cancellationToken) =>
        await histories.ReadAsync(CurrentPatient.IdOf(user), cancellationToken);
}
