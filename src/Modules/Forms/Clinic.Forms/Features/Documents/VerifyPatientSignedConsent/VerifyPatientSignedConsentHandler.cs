using Clinic.Forms.Features.Records;
using Mediator;

namespace Clinic.Forms.Features.Documents.VerifyPatientSignedConsent;

internal sealed class VerifyPatientSignedConsentHandler(SignedDocuments documents) : IRequestHandler<VerifyPatientSignedConsent, SignedConsentVerification>
{
    public async ValueTask<SignedConsentVerification> Handle(VerifyPatientSignedConsent query, CancellationToken cancellationToken) =>
        await documents.VerifyAsync(query.PatientId, query.SubmissionId, cancellationToken);
}
