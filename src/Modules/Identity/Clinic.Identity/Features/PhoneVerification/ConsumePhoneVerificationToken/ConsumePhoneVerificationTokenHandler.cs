using Clinic.BuildingBlocks.Phones;
using Clinic.BuildingBlocks.Security;
using Clinic.Identity.Domain.Patients;
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
        // One conditional UPDATE: of two bookings racing with the same token, exactly one gets it.
        var consumed = await db.PhoneVerifications
            .Where(v => v.TokenHash == hash && v.Phone == phone && v.TokenConsumedAt == null && v.TokenExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(v => v.TokenConsumedAt, now), cancellationToken);
        return consumed == 1;
    }
}
