using Clinic.Identity.Contracts;
using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Identity.Features.PhoneVerification.GetPhoneVerificationPolicy;

internal sealed class GetPhoneVerificationPolicyHandler(IdentityDbContext db)
    : IRequestHandler<Contracts.GetPhoneVerificationPolicy, PhoneVerificationPolicy>
{
    public async ValueTask<PhoneVerificationPolicy> Handle(Contracts.GetPhoneVerificationPolicy request, CancellationToken cancellationToken) =>
        new(await db.PortalAccessSettings.AsNoTracking().Select(s => s.PhoneVerificationRequired).SingleAsync(cancellationToken));
}
