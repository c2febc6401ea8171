using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Categories.DeactivateServiceCategory;

internal sealed class DeactivateServiceCategoryHandler(SchedulingDbContext db) : IRequestHandler<DeactivateServiceCategory>
{
    public async ValueTask<Unit> Handle(DeactivateServiceCategory command, CancellationToken cancellationToken)
    {
        var category = await db.ServiceCategories.SingleOrDefaultAsync(c => c.Id == command.CategoryId, cancellationToken)
            ?? throw new NotFoundException("Service category", command.CategoryId);
        category.Deactivate();
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
