using Clinic.BuildingBlocks.Abstractions;
using Clinic.Forms.Features.Records;
using Mediator;

namespace Clinic.Forms.Features.Portal.GetMySubmission;

internal sealed class GetMySubmissionHandler(SignedDocuments documents, ICurrentUser user) : IRequestHandler<GetMySubmission, SubmissionDetails>
{
    public async ValueTask<SubmissionDetails> Handle(GetMySubmission query, CancellationToken cancellationToken) =>
        await documents.ReadAsync(CurrentPatient.IdOf(user), query.SubmissionId, cancellationToken);
}
