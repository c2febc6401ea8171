using Clinic.Scheduling.Contracts.Catalog;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.StaffCatalog.ListCatalogServices;

internal sealed class ListCatalogServicesHandler(SchedulingDbContext db) : IRequestHandler<Contracts.Catalog.ListCatalogServices, IReadOnlyList<CatalogService>>
{
    public async ValueTask<IReadOnlyList<CatalogService>> Handle(Contracts.Catalog.ListCatalogServices request, CancellationToken cancellationToken)
    {
        var services = db.Services.AsNoTracking();
        if (request.ServiceIds is { } ids)
        {
            services = services.Where(s => ids.Contains(s.Id));
        }

        return await services.OrderBy(s => s.Name).Select(s => new CatalogService(s.Id, s.Name, s.IsActive)).ToListAsync(cancellationToken);
    }
}
