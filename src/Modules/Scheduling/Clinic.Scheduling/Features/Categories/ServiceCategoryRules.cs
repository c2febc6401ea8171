using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Domain.Catalog;
using Clinic.Scheduling.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Categories;

internal static class ServiceCategoryRules
{
    public static async Task EnsureNameIsFreeAsync(SchedulingDbContext db, string name, Guid? exceptId, CancellationToken cancellationToken)
    {
        var key = NameKey.Of(name);
        if (await db.ServiceCategories.AnyAsync(c => c.NormalizedName == key && c.Id != exceptId, cancellationToken))
        {
            throw new ConflictException($"A service category named '{name.Trim()}' already exists.");
        }
    }
}
