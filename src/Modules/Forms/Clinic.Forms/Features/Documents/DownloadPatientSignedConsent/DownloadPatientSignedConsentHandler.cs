using Clinic.Forms.Features.Records;
using Mediator;

namespace Clinic.Forms.Features.Documents.DownloadPatientSignedConsent;

internal sealed class DownloadPatientSignedConsentHandler(SignedDocuments documents) : IRequestHandler<DownloadPatientSignedConsent, SignedPdf>
{
    public async ValueTask<SignedPdf> Handle(DownloadPatientSignedConsent query, CancellationToken cancellationToken)
    {
        var (pdf, fileName) = await documents.DownloadAsync(query.PatientId, query.SubmissionId, cancellationToken);
        return new SignedPdf(pdf, fileName);
    }
}
