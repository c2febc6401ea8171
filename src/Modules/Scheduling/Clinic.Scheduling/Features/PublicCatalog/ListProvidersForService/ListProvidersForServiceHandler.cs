using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.PublicCatalog.ListProvidersForService;

internal sealed class ListProvidersForServiceHandler(SchedulingDbContext db) : IRequestHandler<ListProvidersForService, IReadOnlyList<PublicProvider>>
{
    public async ValueTask<IReadOnlyList<PublicProvider>> Handle(ListProvidersForService query, CancellationToken cancellationToken)
    {
        if (!await db.Services.AnyAsync(s => s.Id == query.ServiceId && s.IsActive && s.IsOnlineBookable, cancellationToken))
        {
            throw new NotFoundException("Service", query.ServiceId);
        }

        if (query.LocationId is { } locationId && !await db.Locations.AnyAsync(l => l.Id == locationId && l.IsActive, cancellationToken))
        {
            throw new NotFoundException("Location", locationId);
        }

        var providers = await db.Providers.AsNoTracking()
            .Where(p => p.IsActive && p.Services.Any(s => s.ServiceId == query.ServiceId))
            .Where(p => query.LocationId == null || p.Locations.Any(l => l.LocationId == query.LocationId))
            .ToListAsync(cancellationToken);
        var openLocations = (await db.Locations.Where(l => l.IsActive).Select(l => l.Id).ToListAsync(cancellationToken)).ToHashSet();

        return providers
            .OrderBy(p => p.DisplayName, StringComparer.CurrentCulture)
            .Select(p => new PublicProvider(p.Id, p.DisplayName, p.Title, p.Bio, p.PhotoUrl,
                p.Locations.Select(l => l.LocationId).Where(openLocations.Contains).Order().ToList()))
            .ToList();
    }
}
