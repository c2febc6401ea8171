using Clinic.BuildingBlocks.Abstractions;
using Clinic.Forms.Features.Requests;
using Mediator;

namespace Clinic.Forms.Features.Portal.SignMyConsent;

internal sealed class SignMyConsentHandler(PatientRequests requests, Answering answering, ICurrentUser user) : IRequestHandler<SignMyConsent, FormRequestSummary>
{
    public async ValueTask<FormRequestSummary> Handle(SignMyConsent command, CancellationToken cancellationToken)
    {
        var request = await requests.FindOwnAsync(CurrentPatient.IdOf(user), command.RequestId, cancellationToken);
        return await answering.SignAsync(request, command.VersionId, command.Language, command.Answers, command.SignerName, command.SignatureMethod,
            command.SignatureImage, staffAssisted: false, cancellationToken);
    }
}
