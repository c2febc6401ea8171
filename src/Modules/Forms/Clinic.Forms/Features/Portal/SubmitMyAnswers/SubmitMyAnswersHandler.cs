using Clinic.BuildingBlocks.Abstractions;
using Clinic.Forms.Features.Requests;
using Mediator;

namespace Clinic.Forms.Features.Portal.SubmitMyAnswers;

internal sealed class SubmitMyAnswersHandler(PatientRequests requests, Answering answering, ICurrentUser user) : IRequestHandler<SubmitMyAnswers, FormRequestSummary>
{
    public async ValueTask<FormRequestSummary> Handle(SubmitMyAnswers command, CancellationToken cancellationToken)
    {
        var request = await requests.FindOwnAsync(CurrentPatient.IdOf(user), command.RequestId, cancellationToken);
        return await answering.SubmitAsync(request, command.VersionId, command.Language, command.Answers, staffAssisted: false, cancellationToken);
    }
}
