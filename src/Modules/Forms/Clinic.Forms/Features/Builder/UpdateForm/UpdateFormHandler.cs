using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.Forms.Domain.Forms;
using Clinic.Forms.Persistence;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Features.Builder.UpdateForm;

internal sealed class UpdateFormHandler(FormsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<UpdateForm, FormDetails>
{
    public async ValueTask<FormDetails> Handle(UpdateForm command, CancellationToken cancellationToken)
    {
        var form = await db.Forms.Include(f => f.Services).SingleOrDefaultAsync(f => f.Id == command.FormId, cancellationToken)
            ?? throw new NotFoundException("Form", command.FormId);
        if (form.Revision != command.Revision)
        {
            throw new ConflictException("Someone else saved this form since you opened it. Reload it to see their changes, then make yours again.",
                new Dictionary<string, object?> { ["reason"] = "staleRevision", ["currentRevision"] = form.Revision });
        }

        // The validator checked the shape common to all kinds; what this kind allows is checked now that it is known.
        var problems = FormContentRules.ShapeProblems(form.Kind, command.Content);
        if (problems.Count > 0)
        {
            throw new ValidationException(problems.Select(p => new ValidationFailure($"content.{p.Path}", p.Message)));
        }

        form.UpdateDraft(command.Content, command.ReuseAnswersForDays, clock.GetUtcNow(), user.DisplayName);
        db.Entry(form).Property(f => f.Revision).OriginalValue = command.Revision;
        await db.SaveChangesAsync(cancellationToken);
        return await FormDetails.LoadAsync(db, form, cancellationToken);
    }
}
