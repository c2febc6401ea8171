using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Identity.Features.ApiKeys.ListApiKeys;

internal sealed class ListApiKeysHandler(IdentityDbContext db) : IRequestHandler<ListApiKeys, IReadOnlyList<ApiKeyResponse>>
{
    public async ValueTask<IReadOnlyList<ApiKeyResponse>> Handle(ListApiKeys query, CancellationToken cancellationToken) =>
        (await db.ApiKeys.AsNoTracking().ToListAsync(cancellationToken))
        .OrderByDescending(k => k.CreatedAt)
        .Select(ApiKeyResponse.From)
        .ToList();
}
