using Clinic.Forms.Domain.Forms;
using Clinic.Forms.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Features.Builder;

/// <summary>A form as the builder edits it: the draft, its versions, the services it is assigned to, and what stops it from being published.</summary>
/// <param name="Id">Form id.</param>
/// <param name="Kind">Questionnaire, consent, pre- or post-treatment instructions.</param>
/// <param name="Status">Active or Archived.</param>
/// <param name="Draft">The editable content.</param>
/// <param name="ReuseAnswersForDays">Questionnaires: answers given to the same version within this many days satisfy a new visit's request.</param>
/// <param name="CurrentVersionId">The version patients get now; null until first published.</param>
/// <param name="LatestVersionNumber">0 until first published.</param>
/// <param name="HasUnpublishedChanges">The draft differs from the current version.</param>
/// <param name="ServiceIds">Services this form is requested for.</param>
/// <param name="Versions">Every published version, newest first.</param>
/// <param name="RequestCount">How many times patients were asked this form; once asked, it can be archived but not deleted.</param>
/// <param name="PublishProblems">What to fix before the draft can be published (empty when it can).</param>
/// <param name="CreatedAt">When the form was created.</param>
/// <param name="UpdatedAt">Last change.</param>
/// <param name="UpdatedBy">Who made it.</param>
/// <param name="Revision">Send it back when saving: a save based on an older revision is refused with 409.</param>
public sealed record FormDetails(
    Guid Id, FormKind Kind, FormStatus Status, FormContent Draft, int? ReuseAnswersForDays, Guid? CurrentVersionId, int LatestVersionNumber,
    bool HasUnpublishedChanges, IReadOnlyList<Guid> ServiceIds, IReadOnlyList<FormVersionSummary> Versions, int RequestCount,
    IReadOnlyList<FormContentProblem> PublishProblems, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string UpdatedBy, Guid Revision)
{
    internal static async Task<FormDetails> LoadAsync(FormsDbContext db, Form form, CancellationToken cancellationToken)
    {
        var versions = await db.FormVersions.AsNoTracking().Where(v => v.FormId == form.Id).OrderByDescending(v => v.Number)
            .Select(v => new FormVersionSummary(v.Id, v.Number, v.PublishedAt, v.PublishedBy)).ToListAsync(cancellationToken);
        var requests = await db.FormRequests.CountAsync(r => r.FormId == form.Id, cancellationToken);
        return new FormDetails(
            form.Id, form.Kind, form.Status, form.Draft, form.ReuseAnswersForDays, form.CurrentVersionId, form.LatestVersionNumber,
            form.HasUnpublishedChanges, form.Services.Select(s => s.ServiceId).Order().ToList(), versions, requests,
            FormContentRules.PublishProblems(form.Kind, form.Draft).Select(FormContentProblem.From).ToList(),
            form.CreatedAt, form.UpdatedAt, form.UpdatedBy, form.Revision);
    }
}

/// <summary>A published version in the form's history.</summary>
public sealed record FormVersionSummary(Guid Id, int Number, DateTimeOffset PublishedAt, string PublishedBy);

/// <summary>Something to fix in the draft.</summary>
/// <param name="Path">The field, as the JSON names it ("items[2].text.en").</param>
/// <param name="Code">Which rule it breaks, for a client to word it in its own language.</param>
/// <param name="Message">The explanation in English.</param>
/// <param name="Limit">The number in the rule, where there is one (maximum length, most options).</param>
public sealed record FormContentProblem(string Path, ContentProblemCode Code, string Message, int? Limit)
{
    internal static FormContentProblem From(ContentProblem problem) => new(problem.Path, problem.Code, problem.Message, problem.Limit);
}
