using Clinic.BuildingBlocks.Errors;
using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Identity.Features.ApiKeys.RevokeApiKey;

internal sealed class RevokeApiKeyHandler(IdentityDbContext db, TimeProvider clock) : IRequestHandler<RevokeApiKey>
{
    public async ValueTask<Unit> Handle(RevokeApiKey command, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == command.ApiKeyId, cancellationToken)
                  ?? throw new NotFoundException("API key", command.ApiKeyId);
        key.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
