using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Providers.DeactivateProvider;

internal sealed class DeactivateProviderHandler(SchedulingDbContext db) : IRequestHandler<DeactivateProvider>
{
    public async ValueTask<Unit> Handle(DeactivateProvider command, CancellationToken cancellationToken)
    {
        var provider = await db.Providers.SingleOrDefaultAsync(p => p.Id == command.ProviderId, cancellationToken)
            ?? throw new NotFoundException("Provider", command.ProviderId);
        provider.Deactivate();
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
