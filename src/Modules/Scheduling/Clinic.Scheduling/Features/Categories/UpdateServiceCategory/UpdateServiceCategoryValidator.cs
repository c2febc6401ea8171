using FluentValidation;

namespace Clinic.Scheduling.Features.Categories.UpdateServiceCategory;

internal sealed class UpdateServiceCategoryValidator : AbstractValidator<UpdateServiceCategory>
{
    public UpdateServiceCategoryValidator() => Include(new ServiceCategoryFieldsValidator());
}
