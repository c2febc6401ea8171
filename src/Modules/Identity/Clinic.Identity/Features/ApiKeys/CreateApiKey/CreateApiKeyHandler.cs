using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Security;
using Clinic.Identity.Domain.ApiKeys;
using Clinic.Identity.Persistence;
using Mediator;

namespace Clinic.Identity.Features.ApiKeys.CreateApiKey;

internal sealed class CreateApiKeyHandler(IdentityDbContext db, ICurrentUser currentUser, TimeProvider clock) : IRequestHandler<CreateApiKey, CreatedApiKey>
{
    // Recognisable in logs and secret scanners, like "sk_" keys elsewhere.
    private const string KeyPrefix = "clk_";

    public async ValueTask<CreatedApiKey> Handle(CreateApiKey command, CancellationToken cancellationToken)
    {
        var key = KeyPrefix + SecretToken.New();
        var apiKey = ApiKey.Create(command.Name, key[..12], SecretToken.Hash(key), command.Scopes, currentUser.DisplayName, clock.GetUtcNow());
        db.ApiKeys.Add(apiKey);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiKey(ApiKeyResponse.From(apiKey), key);
    }
}
