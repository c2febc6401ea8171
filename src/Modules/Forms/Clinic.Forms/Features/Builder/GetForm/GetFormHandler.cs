using Clinic.BuildingBlocks.Errors;
using Clinic.Forms.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Features.Builder.GetForm;

internal sealed class GetFormHandler(FormsDbContext db) : IRequestHandler<GetForm, FormDetails>
{
    public async ValueTask<FormDetails> Handle(GetForm query, CancellationToken cancellationToken)
    {
        var form = await db.Forms.AsNoTracking().Include(f => f.Services).SingleOrDefaultAsync(f => f.Id == query.FormId, cancellationToken)
            ?? throw new NotFoundException("Form", query.FormId);
        return await FormDetails.LoadAsync(db, form, cancellationToken);
    }
}
