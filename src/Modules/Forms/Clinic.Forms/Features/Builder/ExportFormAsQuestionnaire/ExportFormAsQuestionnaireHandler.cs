using Clinic.BuildingBlocks.Errors;
using Clinic.Forms.Features;
using Clinic.Forms.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clinic.Forms.Features.Builder.ExportFormAsQuestionnaire;

internal sealed class ExportFormAsQuestionnaireHandler(FormsDbContext db, IOptions<ClinicOptions> clinic) : IRequestHandler<ExportFormAsQuestionnaire, string>
{
    public async ValueTask<string> Handle(ExportFormAsQuestionnaire query, CancellationToken cancellationToken)
    {
        var version = await db.FormVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == query.VersionId && v.FormId == query.FormId, cancellationToken)
            ?? throw new NotFoundException("Form version", query.VersionId);
        return FhirExport.Serialize(FhirExport.ToQuestionnaire(version, query.Language, clinic.Value.PublicUrl));
    }
}
