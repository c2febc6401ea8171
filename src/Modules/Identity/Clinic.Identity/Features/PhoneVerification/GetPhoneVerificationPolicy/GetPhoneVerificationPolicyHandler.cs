using Clinic.Identity.Contracts;
using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Identity.Features.PhoneVerification.GetPhoneVerificationPolicy;

internal sealed class GetPhoneVerificationPolicyHandler(IdentityDbContext db)
    : IRequestHandler<Contracts.GetPhoneVerificationPolicy, PhoneVerificationPolicy>
{
    // Asked by every guest booking: compiled once.
    private static readonly Func<IdentityDbContext, CancellationToken, Task<bool>> Required =
        EF.CompileAsyncQuery((IdentityDbContext context, CancellationToken _) => context.PortalAccessSettings.Select(s => s.PhoneVerificationRequired).Single());

    public async ValueTask<PhoneVerificationPolicy> Handle(Contracts.GetPhoneVerificationPolicy request, CancellationToken cancellationToken) =>
        new(await Required(db, cancellationToken));
}
