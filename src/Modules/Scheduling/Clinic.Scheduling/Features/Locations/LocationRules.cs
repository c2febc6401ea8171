using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Domain.Catalog;
using Clinic.Scheduling.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Locations;

internal static class LocationRules
{
    public static async Task EnsureNameIsFreeAsync(SchedulingDbContext db, string name, Guid? exceptId, CancellationToken cancellationToken)
    {
        var key = NameKey.Of(name);
        if (await db.Locations.AnyAsync(l => l.NormalizedName == key && l.Id != exceptId, cancellationToken))
        {
            throw new ConflictException($"A location named '{name.Trim()}' already exists.");
        }
    }
}
