using Clinic.Forms.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Features.Builder.GetServiceForms;

internal sealed class GetServiceFormsHandler(FormsDbContext db, ISender sender) : IRequestHandler<GetServiceForms, IReadOnlyList<FormSummary>>
{
    public async ValueTask<IReadOnlyList<FormSummary>> Handle(GetServiceForms query, CancellationToken cancellationToken)
    {
        await ServiceCatalog.EnsureServiceExistsAsync(sender, query.ServiceId, cancellationToken);
        var forms = await db.Forms.AsNoTracking().Include(f => f.Services)
            .Where(f => f.Services.Any(s => s.ServiceId == query.ServiceId)).ToListAsync(cancellationToken);
        return forms.OrderBy(f => f.Kind).ThenBy(f => f.Draft.Title.Es, StringComparer.CurrentCulture).Select(FormSummary.From).ToList();
    }
}
