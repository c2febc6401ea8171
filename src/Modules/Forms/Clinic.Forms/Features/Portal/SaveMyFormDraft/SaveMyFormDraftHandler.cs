using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.Forms.Domain;
using Clinic.Forms.Domain.Answers;
using Clinic.Forms.Domain.Audit;
using Clinic.Forms.Domain.Forms;
using Clinic.Forms.Features;
using Clinic.Forms.Features.Requests;
using Clinic.Forms.Persistence;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Features.Portal.SaveMyFormDraft;

internal sealed class SaveMyFormDraftHandler(FormsDbContext db, PatientRequests requests, AuditTrail audit, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<SaveMyFormDraft, DraftSaved>
{
    public async ValueTask<DraftSaved> Handle(SaveMyFormDraft command, CancellationToken cancellationToken)
    {
        var patientId = CurrentPatient.IdOf(user);
        var request = await requests.FindOwnAsync(patientId, command.RequestId, cancellationToken);
        if (request.Kind.IsInstructions())
        {
            throw new ConflictException("Instructions have nothing to answer.");
        }

        request.EnsureCanAnswer(command.VersionId);
        var version = await db.FormVersions.AsNoTracking().SingleAsync(v => v.Id == request.FormVersionId, cancellationToken);
        var (answers, problems) = AnswerRules.Check(version.Content, command.Answers, AnswerCheck.Draft);
        if (problems.Count > 0)
        {
            throw new ValidationException(problems.Select(p => new ValidationFailure(p.ItemId.Length == 0 ? "answers" : $"answers.{p.ItemId}", p.Message)));
        }

        var now = clock.GetUtcNow();
        request.SaveDraft(command.VersionId, StoredJson.Write(answers), now);
        audit.Record(patientId, AuditAction.DraftSaved, AuditRecordType.FormRequest, request.Id, $"{version.Content.Title.Es} v{version.Number}; {answers.Count} answers");
        await db.SaveChangesAsync(cancellationToken);
        return new DraftSaved(request.Id, now);
    }
}
