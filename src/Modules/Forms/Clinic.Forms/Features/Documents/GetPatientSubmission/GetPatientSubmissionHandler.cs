using Clinic.Forms.Features.Records;
using Mediator;

namespace Clinic.Forms.Features.Documents.GetPatientSubmission;

internal sealed class GetPatientSubmissionHandler(SignedDocuments documents) : IRequestHandler<GetPatientSubmission, SubmissionDetails>
{
    public async ValueTask<SubmissionDetails> Handle(GetPatientSubmission query, CancellationToken cancellationToken) =>
        await documents.ReadAsync(query.PatientId, query.SubmissionId, cancellationToken);
}
