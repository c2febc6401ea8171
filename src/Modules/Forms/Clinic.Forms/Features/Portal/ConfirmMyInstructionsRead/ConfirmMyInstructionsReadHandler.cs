using Clinic.BuildingBlocks.Abstractions;
using Clinic.Forms.Features.Requests;
using Mediator;

namespace Clinic.Forms.Features.Portal.ConfirmMyInstructionsRead;

internal sealed class ConfirmMyInstructionsReadHandler(PatientRequests requests, Answering answering, ICurrentUser user)
    : IRequestHandler<ConfirmMyInstructionsRead, FormRequestSummary>
{
    public async ValueTask<FormRequestSummary> Handle(ConfirmMyInstructionsRead command, CancellationToken cancellationToken) =>
        await answering.ConfirmReadAsync(await requests.FindOwnAsync(CurrentPatient.IdOf(user), command.RequestId, cancellationToken), cancellationToken);
}
