using Clinic.Scheduling.Domain.Catalog;

namespace Clinic.Scheduling.Features.Categories;

public sealed record ServiceCategoryResponse(Guid Id, string Name, string? Description, int SortOrder, bool IsActive)
{
    internal static ServiceCategoryResponse From(ServiceCategory category) =>
        new(category.Id, category.Name, category.Description, category.SortOrder, category.IsActive);
}
