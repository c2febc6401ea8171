using FluentValidation;

namespace Clinic.Scheduling.Features.Categories.CreateServiceCategory;

internal sealed class CreateServiceCategoryValidator : AbstractValidator<CreateServiceCategory>
{
    public CreateServiceCategoryValidator() => Include(new ServiceCategoryFieldsValidator());
}
