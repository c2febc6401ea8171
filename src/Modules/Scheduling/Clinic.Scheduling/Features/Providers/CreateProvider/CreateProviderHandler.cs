using Clinic.Scheduling.Domain.Catalog;
using Clinic.Scheduling.Persistence;
using Mediator;

namespace Clinic.Scheduling.Features.Providers.CreateProvider;

internal sealed class CreateProviderHandler(SchedulingDbContext db) : IRequestHandler<CreateProvider, ProviderResponse>
{
    public async ValueTask<ProviderResponse> Handle(CreateProvider command, CancellationToken cancellationToken)
    {
        await ProviderRules.EnsureReferencesExistAsync(db, command, cancellationToken);
        var provider = Provider.Create(ProviderRules.ToDetails(command));
        db.Providers.Add(provider);
        await db.SaveChangesAsync(cancellationToken);
        return ProviderResponse.From(provider);
    }
}
