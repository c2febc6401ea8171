using Clinic.BuildingBlocks.Phones;
using Clinic.BuildingBlocks.Security;
using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Identity.Features.PhoneVerification.ConsumePhoneVerificationToken;

internal sealed class ConsumePhoneVerificationTokenHandler(IdentityDbContext db, PhoneNumberNormalizer phones, TimeProvider clock)
    : IRequestHandler<Contracts.ConsumePhoneVerificationToken, bool>
{
    public async ValueTask<bool> Handle(Contracts.ConsumePhoneVerificationToken request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Token) || phones.NormalizeOrNull(request.Phone) is not { } phone)
        {
            return false;
        }

        var hash = SecretToken.Hash(request.Token);
        var now = clock.GetUtcNow();
        // One conditional UPDATE: of concurrent calls with the same token, exactly one takes it.
        var consumed = await db.PhoneVerifications
            .Where(v => v.TokenHash == hash && v.Phone == phone && v.TokenConsumedAt == null && v.TokenExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(v => v.TokenConsumedAt, now).SetProperty(v => v.TokenUsedFor, request.UsedFor), cancellationToken);
        if (consumed == 1 || request.UsedFor is null)
        {
            return consumed == 1;
        }

        // Taken already: by this same purpose (a retry of the same booking), or by another.
        return await db.PhoneVerifications.AsNoTracking()
            .AnyAsync(v => v.TokenHash == hash && v.Phone == phone && v.TokenUsedFor == request.UsedFor, cancellationToken);
    }
}
