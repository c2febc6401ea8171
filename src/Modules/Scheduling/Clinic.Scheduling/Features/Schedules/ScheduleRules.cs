using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Domain.Catalog;
using Clinic.Scheduling.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Schedules;

internal static class ScheduleRules
{
    /// <summary>The provider and location exist, and the provider works there.</summary>
    public static async Task<(Provider Provider, Location Location)> ProviderAtLocationAsync(
        SchedulingDbContext db, Guid providerId, Guid locationId, CancellationToken cancellationToken)
    {
        var provider = await db.Providers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == providerId, cancellationToken)
            ?? throw new NotFoundException("Provider", providerId);
        var location = await db.Locations.AsNoTracking().SingleOrDefaultAsync(l => l.Id == locationId, cancellationToken)
            ?? throw new NotFoundException("Location", locationId);
        provider.EnsureWorksAt(location);
        return (provider, location);
    }
}
