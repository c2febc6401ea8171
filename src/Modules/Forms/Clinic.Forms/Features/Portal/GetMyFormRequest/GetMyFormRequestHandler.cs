using Clinic.BuildingBlocks.Abstractions;
using Clinic.Forms.Domain;
using Clinic.Forms.Domain.Answers;
using Clinic.Forms.Domain.Audit;
using Clinic.Forms.Domain.Forms;
using Clinic.Forms.Features;
using Clinic.Forms.Features.Requests;
using Clinic.Forms.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Features.Portal.GetMyFormRequest;

internal sealed class GetMyFormRequestHandler(FormsDbContext db, PatientRequests requests, AuditTrail audit, ICurrentUser user)
    : IRequestHandler<GetMyFormRequest, MyFormRequest>
{
    public async ValueTask<MyFormRequest> Handle(GetMyFormRequest query, CancellationToken cancellationToken)
    {
        var patientId = CurrentPatient.IdOf(user);
        var request = await requests.FindOwnAsync(patientId, query.RequestId, cancellationToken);
        var version = await db.FormVersions.AsNoTracking().SingleAsync(v => v.Id == request.FormVersionId, cancellationToken);
        var visit = await db.Visits.AsNoTracking().SingleAsync(v => v.AppointmentId == request.AppointmentId, cancellationToken);
        var draft = request.DraftJson is { } json && request.DraftVersionId == request.FormVersionId ? StoredJson.Read<List<FormAnswer>>(json) : null;
        var submission = request.SubmissionId is { } submissionId && !request.Kind.IsInstructions()
            ? await db.Submissions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == submissionId, cancellationToken)
            : null;

        // The blank form is the clinic's text; a draft or given answers are the patient's clinical data.
        if (submission is not null)
        {
            audit.Record(patientId, AuditAction.Viewed, request.Kind == FormKind.Consent ? AuditRecordType.Consent : AuditRecordType.QuestionnaireAnswers,
                submission.Id, $"{version.Content.Title.Es} v{version.Number}");
        }
        else if (draft is not null)
        {
            audit.Record(patientId, AuditAction.Viewed, AuditRecordType.FormRequest, request.Id, $"Draft of {version.Content.Title.Es} v{version.Number}");
        }

        await db.SaveChangesAsync(cancellationToken);
        return new MyFormRequest(
            FormRequestSummary.From(request, version), FormVersionView.From(version), VisitSummary.From(visit), draft, draft is null ? null : request.DraftSavedAt,
            submission is null ? null : await SubmissionDetails.LoadAsync(db, submission, cancellationToken));
    }
}
