using Clinic.Forms.Features.Requests;
using Mediator;

namespace Clinic.Forms.Features.Assisted.SubmitAssistedAnswers;

internal sealed class SubmitAssistedAnswersHandler(PatientRequests requests, Answering answering) : IRequestHandler<SubmitAssistedAnswers, FormRequestSummary>
{
    public async ValueTask<FormRequestSummary> Handle(SubmitAssistedAnswers command, CancellationToken cancellationToken) =>
        await answering.SubmitAsync(await requests.FindAsync(command.RequestId, cancellationToken), command.VersionId, command.Language, command.Answers,
            staffAssisted: true, cancellationToken);
}
