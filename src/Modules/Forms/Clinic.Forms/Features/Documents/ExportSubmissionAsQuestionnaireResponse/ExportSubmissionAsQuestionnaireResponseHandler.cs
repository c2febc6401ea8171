using Clinic.Forms.Domain.Audit;
using Clinic.Forms.Domain.Forms;
using Clinic.Forms.Features;
using Clinic.Forms.Features.Records;
using Clinic.Forms.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clinic.Forms.Features.Documents.ExportSubmissionAsQuestionnaireResponse;

internal sealed class ExportSubmissionAsQuestionnaireResponseHandler(FormsDbContext db, SignedDocuments documents, AuditTrail audit, IOptions<ClinicOptions> clinic)
    : IRequestHandler<ExportSubmissionAsQuestionnaireResponse, string>
{
    public async ValueTask<string> Handle(ExportSubmissionAsQuestionnaireResponse query, CancellationToken cancellationToken)
    {
        var submission = await documents.FindAsync(query.PatientId, query.SubmissionId, cancellationToken);
        var version = await db.FormVersions.AsNoTracking().SingleAsync(v => v.Id == submission.FormVersionId, cancellationToken);
        audit.Record(query.PatientId, AuditAction.Exported, submission.Kind == FormKind.Consent ? AuditRecordType.Consent : AuditRecordType.QuestionnaireAnswers,
            submission.Id, $"FHIR QuestionnaireResponse of {version.Content.Title.Es} v{version.Number}");
        await db.SaveChangesAsync(cancellationToken);
        return FhirExport.Serialize(FhirExport.ToResponse(submission, version, clinic.Value.PublicUrl));
    }
}
