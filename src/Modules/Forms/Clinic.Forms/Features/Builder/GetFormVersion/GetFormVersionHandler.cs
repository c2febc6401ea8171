using Clinic.BuildingBlocks.Errors;
using Clinic.Forms.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Features.Builder.GetFormVersion;

internal sealed class GetFormVersionHandler(FormsDbContext db) : IRequestHandler<GetFormVersion, FormVersionView>
{
    public async ValueTask<FormVersionView> Handle(GetFormVersion query, CancellationToken cancellationToken) =>
        FormVersionView.From(await db.FormVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == query.VersionId && v.FormId == query.FormId, cancellationToken)
            ?? throw new NotFoundException("Form version", query.VersionId));
}
