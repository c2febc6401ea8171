using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Domain.Catalog;
using Clinic.Scheduling.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Services;

/// <summary>The checks against stored data that creating and updating a service share.</summary>
internal static class ServiceRules
{
    public static async Task EnsureCategoryExistsAsync(SchedulingDbContext db, Guid categoryId, CancellationToken cancellationToken)
    {
        if (!await db.ServiceCategories.AnyAsync(c => c.Id == categoryId, cancellationToken))
        {
            throw new NotFoundException("Service category", categoryId);
        }
    }

    public static async Task EnsureNameIsFreeAsync(SchedulingDbContext db, string name, Guid? exceptId, CancellationToken cancellationToken)
    {
        var key = NameKey.Of(name);
        if (await db.Services.AnyAsync(s => s.NormalizedName == key && s.Id != exceptId, cancellationToken))
        {
            throw new ConflictException($"A service named '{name.Trim()}' already exists.");
        }
    }

    public static ServiceDetails ToDetails(IServiceFields fields) => new(
        fields.CategoryId, fields.Name, fields.Description, fields.DurationMinutes, fields.BufferMinutes,
        fields.Price, fields.DepositAmountMinor, fields.IsOnlineBookable);
}
