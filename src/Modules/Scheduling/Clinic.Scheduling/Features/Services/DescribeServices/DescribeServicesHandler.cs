using Clinic.Scheduling.Contracts.Catalog;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Services.DescribeServices;

internal sealed class DescribeServicesHandler(SchedulingDbContext db) : IRequestHandler<Contracts.Catalog.DescribeServices, IReadOnlyList<ServiceDescription>>
{
    public async ValueTask<IReadOnlyList<ServiceDescription>> Handle(Contracts.Catalog.DescribeServices request, CancellationToken cancellationToken)
    {
        var ids = request.ServiceIds.Distinct().ToList();
        return await db.Services.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new ServiceDescription(s.Id, s.Name, s.PriceAmountMinor, s.Currency, s.IsActive))
            .ToListAsync(cancellationToken);
    }
}
