using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.Forms.Features.Requests;
using Clinic.Forms.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Features.Builder.PublishForm;

internal sealed class PublishFormHandler(FormsDbContext db, FormRequestPlanner planner, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<PublishForm, FormDetails>
{
    public async ValueTask<FormDetails> Handle(PublishForm command, CancellationToken cancellationToken)
    {
        var form = await db.Forms.Include(f => f.Services).SingleOrDefaultAsync(f => f.Id == command.FormId, cancellationToken)
            ?? throw new NotFoundException("Form", command.FormId);
        db.FormVersions.Add(form.Publish(clock.GetUtcNow(), user.DisplayName));
        await db.SaveChangesAsync(cancellationToken);

        // A second save: the planner reads the new version from the database like any other.
        await planner.ReplanAsync(form.Services.Select(s => s.ServiceId).ToList(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await FormDetails.LoadAsync(db, form, cancellationToken);
    }
}
