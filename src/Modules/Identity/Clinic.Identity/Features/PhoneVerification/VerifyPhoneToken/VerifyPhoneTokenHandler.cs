using Clinic.BuildingBlocks.Phones;
using Clinic.BuildingBlocks.Security;
using Clinic.Identity.Domain.Patients;
using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Identity.Features.PhoneVerification.VerifyPhoneToken;

internal sealed class VerifyPhoneTokenHandler(IdentityDbContext db, PhoneNumberNormalizer phones, TimeProvider clock)
    : IRequestHandler<Contracts.VerifyPhoneToken, bool>
{
    public async ValueTask<bool> Handle(Contracts.VerifyPhoneToken request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Token) || phones.NormalizeOrNull(request.Phone) is not { } phone)
        {
            return false;
        }

        var hash = SecretToken.Hash(request.Token);
        var verification = await db.PhoneVerifications.AsNoTracking().SingleOrDefaultAsync(v => v.TokenHash == hash, cancellationToken);
        return verification is not null && verification.Phone == phone && verification.IsTokenUsable(clock.GetUtcNow());
    }
}
