using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Services.UpdateService;

internal sealed class UpdateServiceHandler(SchedulingDbContext db) : IRequestHandler<UpdateService, ServiceResponse>
{
    public async ValueTask<ServiceResponse> Handle(UpdateService command, CancellationToken cancellationToken)
    {
        var service = await db.Services.SingleOrDefaultAsync(s => s.Id == command.ServiceId, cancellationToken)
            ?? throw new NotFoundException("Service", command.ServiceId);
        await ServiceRules.EnsureCategoryExistsAsync(db, command.CategoryId, cancellationToken);
        await ServiceRules.EnsureNameIsFreeAsync(db, command.Name, exceptId: service.Id, cancellationToken);

        service.Update(ServiceRules.ToDetails(command));
        await db.SaveChangesAsync(cancellationToken);
        return ServiceResponse.From(service);
    }
}
