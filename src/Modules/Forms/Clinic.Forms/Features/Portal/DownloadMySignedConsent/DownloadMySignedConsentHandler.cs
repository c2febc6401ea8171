using Clinic.BuildingBlocks.Abstractions;
using Clinic.Forms.Features.Records;
using Mediator;

namespace Clinic.Forms.Features.Portal.DownloadMySignedConsent;

internal sealed class DownloadMySignedConsentHandler(SignedDocuments documents, ICurrentUser user) : IRequestHandler<DownloadMySignedConsent, SignedPdf>
{
    public async ValueTask<SignedPdf> Handle(DownloadMySignedConsent query, CancellationToken cancellationToken)
    {
        var (pdf, fileName) = await documents.DownloadAsync(CurrentPatient.IdOf(user), query.SubmissionId, cancellationToken);
        return new SignedPdf(pdf, fileName);
    }
}
