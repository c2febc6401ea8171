using Clinic.Scheduling.Domain.Catalog;
using Clinic.Scheduling.Persistence;
using Mediator;

namespace Clinic.Scheduling.Features.Services.CreateService;

internal sealed class CreateServiceHandler(SchedulingDbContext db) : IRequestHandler<CreateService, ServiceResponse>
{
    public async ValueTask<ServiceResponse> Handle(CreateService command, CancellationToken cancellationToken)
    {
        await ServiceRules.EnsureCategoryExistsAsync(db, command.CategoryId, cancellationToken);
        await ServiceRules.EnsureNameIsFreeAsync(db, command.Name, exceptId: null, cancellationToken);

        var service = Service.Create(ServiceRules.ToDetails(command));
        db.Services.Add(service);
        await db.SaveChangesAsync(cancellationToken);
        return ServiceResponse.From(service);
    }
}
