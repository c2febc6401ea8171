using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Services.DeactivateService;

internal sealed class DeactivateServiceHandler(SchedulingDbContext db) : IRequestHandler<DeactivateService>
{
    public async ValueTask<Unit> Handle(DeactivateService command, CancellationToken cancellationToken)
    {
        var service = await db.Services.SingleOrDefaultAsync(s => s.Id == command.ServiceId, cancellationToken)
            ?? throw new NotFoundException("Service", command.ServiceId);
        service.Deactivate();
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
