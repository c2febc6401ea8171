using Mediator;

namespace Clinic.Scheduling.Features.Categories.CreateServiceCategory;

public sealed record CreateServiceCategory(string Name, string? Description, int SortOrder)
    : IRequest<ServiceCategoryResponse>, IServiceCategoryFields;
