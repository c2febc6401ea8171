using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Features.Providers.UpdateProvider;

internal sealed class UpdateProviderHandler(SchedulingDbContext db) : IRequestHandler<UpdateProvider, ProviderResponse>
{
    public async ValueTask<ProviderResponse> Handle(UpdateProvider command, CancellationToken cancellationToken)
    {
        var provider = await db.Providers.SingleOrDefaultAsync(p => p.Id == command.ProviderId, cancellationToken)
            ?? throw new NotFoundException("Provider", command.ProviderId);
        await ProviderRules.EnsureReferencesExistAsync(db, command, cancellationToken);
        provider.Update(ProviderRules.ToDetails(command));
        await db.SaveChangesAsync(cancellationToken);
        return ProviderResponse.From(provider);
    }
}
