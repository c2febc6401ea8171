using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.Forms.Features.Requests;
using Clinic.Forms.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Features.Builder.ArchiveForm;

internal sealed class ArchiveFormHandler(FormsDbContext db, FormRequestPlanner planner, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ArchiveForm, FormDetails>
{
    public async ValueTask<FormDetails> Handle(ArchiveForm command, CancellationToken cancellationToken)
    {
        var form = await db.Forms.Include(f => f.Services).SingleOrDefaultAsync(f => f.Id == command.FormId, cancellationToken)
            ?? throw new NotFoundException("Form", command.FormId);
        form.Archive(clock.GetUtcNow(), user.DisplayName);
        await db.SaveChangesAsync(cancellationToken);
        await planner.ReplanAsync(form.Services.Select(s => s.ServiceId).ToList(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await FormDetails.LoadAsync(db, form, cancellationToken);
    }
}
