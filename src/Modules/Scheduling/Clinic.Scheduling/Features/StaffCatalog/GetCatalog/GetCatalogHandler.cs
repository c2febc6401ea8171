using Clinic.Scheduling.Features.Categories;
using Clinic.Scheduling.Features.Locations;
using Clinic.Scheduling.Features.Providers;
using Clinic.Scheduling.Features.Services;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.StaffCatalog.GetCatalog;

internal sealed class GetCatalogHandler(SchedulingDbContext db) : IRequestHandler<GetCatalog, StaffCatalog>
{
    public async ValueTask<StaffCatalog> Handle(GetCatalog query, CancellationToken cancellationToken)
    {
        var locations = await db.Locations.AsNoTracking().OrderBy(l => l.Name).ToListAsync(cancellationToken);
        var categories = await db.ServiceCategories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        var services = await db.Services.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var providers = await db.Providers.AsNoTracking().OrderBy(p => p.DisplayName).ToListAsync(cancellationToken);
        return new StaffCatalog(
            locations.Select(LocationResponse.From).ToList(),
            categories.Select(ServiceCategoryResponse.From).ToList(),
            services.Select(ServiceResponse.From).ToList(),
            providers.Select(ProviderResponse.From).ToList());
    }
}
