using Clinic.Scheduling.Domain.Catalog;
using Clinic.Scheduling.Persistence;
using Mediator;

namespace Clinic.Scheduling.Features.Categories.CreateServiceCategory;

internal sealed class CreateServiceCategoryHandler(SchedulingDbContext db) : IRequestHandler<CreateServiceCategory, ServiceCategoryResponse>
{
    public async ValueTask<ServiceCategoryResponse> Handle(CreateServiceCategory command, CancellationToken cancellationToken)
    {
        await ServiceCategoryRules.EnsureNameIsFreeAsync(db, command.Name, exceptId: null, cancellationToken);
        var category = ServiceCategory.Create(command.Name, command.Description, command.SortOrder);
        db.ServiceCategories.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        return ServiceCategoryResponse.From(category);
    }
}
