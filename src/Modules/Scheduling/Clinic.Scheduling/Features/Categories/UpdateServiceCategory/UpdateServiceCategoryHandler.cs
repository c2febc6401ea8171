using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Categories.UpdateServiceCategory;

internal sealed class UpdateServiceCategoryHandler(SchedulingDbContext db) : IRequestHandler<UpdateServiceCategory, ServiceCategoryResponse>
{
    public async ValueTask<ServiceCategoryResponse> Handle(UpdateServiceCategory command, CancellationToken cancellationToken)
    {
        var category = await db.ServiceCategories.SingleOrDefaultAsync(c => c.Id == command.CategoryId, cancellationToken)
            ?? throw new NotFoundException("Service category", command.CategoryId);
        await ServiceCategoryRules.EnsureNameIsFreeAsync(db, command.Name, exceptId: category.Id, cancellationToken);
        category.Update(command.Name, command.Description, command.SortOrder);
        await db.SaveChangesAsync(cancellationToken);
        return ServiceCategoryResponse.From(category);
    }
}
