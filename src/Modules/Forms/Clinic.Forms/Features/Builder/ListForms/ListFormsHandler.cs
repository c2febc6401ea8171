using Clinic.Forms.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Features.Builder.ListForms;

internal sealed class ListFormsHandler(FormsDbContext db) : IRequestHandler<ListForms, IReadOnlyList<FormSummary>>
{
    public async ValueTask<IReadOnlyList<FormSummary>> Handle(ListForms query, CancellationToken cancellationToken)
    {
        var forms = db.Forms.AsNoTracking().Include(f => f.Services).AsQueryable();
        if (query.Kind is { } kind)
        {
            forms = forms.Where(f => f.Kind == kind);
        }

        if (query.Status is { } status)
        {
            forms = forms.Where(f => f.Status == status);
        }

        return (await forms.ToListAsync(cancellationToken)).OrderByDescending(f => f.UpdatedAt).Select(FormSummary.From).ToList();
    }
}
