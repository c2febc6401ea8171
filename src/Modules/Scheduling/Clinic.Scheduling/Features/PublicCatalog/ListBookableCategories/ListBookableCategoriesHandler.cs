using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.PublicCatalog.ListBookableCategories;

internal sealed class ListBookableCategoriesHandler(SchedulingDbContext db) : IRequestHandler<ListBookableCategories, IReadOnlyList<BookableCategory>>
{
    public async ValueTask<IReadOnlyList<BookableCategory>> Handle(ListBookableCategories query, CancellationToken cancellationToken)
    {
        var categories = await db.ServiceCategories.AsNoTracking().Where(c => c.IsActive).ToListAsync(cancellationToken);
        // A service nobody active performs cannot be booked, so it is not offered.
        var services = await db.Services.AsNoTracking()
            .Where(s => s.IsActive && s.IsOnlineBookable
                        && db.Providers.Any(p => p.IsActive && p.Services.Any(ps => ps.ServiceId == s.Id)))
            .ToListAsync(cancellationToken);
        var servicesByCategory = services.ToLookup(s => s.CategoryId);

        return categories
            .Where(c => servicesByCategory[c.Id].Any())
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name, StringComparer.CurrentCulture)
            .Select(c => new BookableCategory(c.Id, c.Name, c.Description, c.SortOrder,
                servicesByCategory[c.Id]
                    .OrderBy(s => s.Name, StringComparer.CurrentCulture)
                    .Select(s => new BookableService(s.Id, s.Name, s.Description, s.DurationMinutes, s.Price, s.Deposit))
                    .ToList()))
            .ToList();
    }
}
