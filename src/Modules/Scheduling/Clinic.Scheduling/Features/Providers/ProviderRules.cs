using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Domain.Catalog;
using Clinic.Scheduling.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Providers;

internal static class ProviderRules
{
    /// <summary>Every service and location named must exist; the first missing one is reported.</summary>
    public static async Task EnsureReferencesExistAsync(SchedulingDbContext db, IProviderFields fields, CancellationToken cancellationToken)
    {
        var serviceIds = fields.ServiceIds.Distinct().ToList();
        var knownServices = await db.Services.Where(s => serviceIds.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);
        var missingService = serviceIds.Except(knownServices).FirstOrDefault();
        if (missingService != Guid.Empty)
        {
            throw new NotFoundException("Service", missingService);
        }

        var locationIds = fields.LocationIds.Distinct().ToList();
        var knownLocations = await db.Locations.Where(l => locationIds.Contains(l.Id)).Select(l => l.Id).ToListAsync(cancellationToken);
        var missingLocation = locationIds.Except(knownLocations).FirstOrDefault();
        if (missingLocation != Guid.Empty)
        {
            throw new NotFoundException("Location", missingLocation);
        }
    }

    public static ProviderDetails ToDetails(IProviderFields fields) =>
        new(fields.DisplayName, fields.Title, fields.Bio, fields.PhotoUrl, fields.ServiceIds, fields.LocationIds);
}
