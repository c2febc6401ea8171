using Clinic.Identity.Options;
using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clinic.Identity.Features.Patients.GetPortalActivationSummary;

internal sealed class GetPortalActivationSummaryHandler(IdentityDbContext db, IOptions<AccountOptions> options, TimeProvider clock)
    : IRequestHandler<GetPortalActivationSummary, PortalActivationSummary>
{
    public async ValueTask<PortalActivationSummary> Handle(GetPortalActivationSummary query, CancellationToken cancellationToken)
    {
        var recentSince = clock.GetUtcNow() - options.Value.WelcomeEmailResendInterval;
        var neverLoggedIn = PatientRecords.NeverLoggedIn(db);
        var total = await neverLoggedIn.CountAsync(cancellationToken);
        var withoutEmail = await neverLoggedIn.CountAsync(p => p.Email == null, cancellationToken);
        var recentlyInvited = await neverLoggedIn.CountAsync(p => p.Email != null && p.WelcomeEmailSentAt > recentSince, cancellationToken);
        return new PortalActivationSummary(total, withoutEmail, recentlyInvited, total - withoutEmail - recentlyInvited);
    }
}
