using Clinic.Scheduling.Domain.Catalog;
using FluentValidation;

namespace Clinic.Scheduling.Features.Categories;

internal sealed class ServiceCategoryFieldsValidator : AbstractValidator<IServiceCategoryFields>
{
    public ServiceCategoryFieldsValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(CatalogLimits.NameLength);
        RuleFor(c => c.Description).MaximumLength(CatalogLimits.DescriptionLength);
        RuleFor(c => c.SortOrder).InclusiveBetween(0, 10_000);
    }
}
