using Clinic.BuildingBlocks.Errors;
using Clinic.Forms.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Features.Builder.DeleteForm;

internal sealed class DeleteFormHandler(FormsDbContext db) : IRequestHandler<DeleteForm>
{
    public async ValueTask<Unit> Handle(DeleteForm command, CancellationToken cancellationToken)
    {
        var form = await db.Forms.Include(f => f.Services).SingleOrDefaultAsync(f => f.Id == command.FormId, cancellationToken)
            ?? throw new NotFoundException("Form", command.FormId);
        if (await db.FormRequests.AnyAsync(r => r.FormId == form.Id, cancellationToken))
        {
            throw new ConflictException("Patients have already been asked this form, so it is kept with their answers. Archive it instead.",
                new Dictionary<string, object?> { ["reason"] = "inUse" });
        }

        db.FormVersions.RemoveRange(await db.FormVersions.Where(v => v.FormId == form.Id).ToListAsync(cancellationToken));
        db.Forms.Remove(form);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
