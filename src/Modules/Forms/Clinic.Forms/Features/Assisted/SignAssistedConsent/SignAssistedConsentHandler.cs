using Clinic.Forms.Features.Requests;
using Mediator;

namespace Clinic.Forms.Features.Assisted.SignAssistedConsent;

internal sealed class SignAssistedConsentHandler(PatientRequests requests, Answering answering) : IRequestHandler<SignAssistedConsent, FormRequestSummary>
{
    public async ValueTask<FormRequestSummary> Handle(SignAssistedConsent command, CancellationToken cancellationToken) =>
        await answering.SignAsync(await requests.FindAsync(command.RequestId, cancellationToken), command.VersionId, command.Language, command.Answers,
            command.SignerName, command.SignatureMethod, command.SignatureImage, staffAssisted: true, cancellationToken);
}
