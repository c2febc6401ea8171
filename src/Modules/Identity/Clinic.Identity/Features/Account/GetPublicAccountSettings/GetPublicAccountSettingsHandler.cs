using Clinic.Identity.Adapters.Recaptcha;
using Clinic.Identity.Options;
using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clinic.Identity.Features.Account.GetPublicAccountSettings;

internal sealed class GetPublicAccountSettingsHandler(IdentityDbContext db, IOptions<RecaptchaOptions> recaptcha, IOptions<AccountOptions> accounts)
    : IRequestHandler<GetPublicAccountSettings, PublicAccountSettings>
{
    public async ValueTask<PublicAccountSettings> Handle(GetPublicAccountSettings query, CancellationToken cancellationToken)
    {
        var settings = await db.PortalAccessSettings.AsNoTracking().SingleAsync(cancellationToken);
        var siteKey = recaptcha.Value.Provider == RecaptchaProvider.Google ? recaptcha.Value.SiteKey : null;
        return new PublicAccountSettings(siteKey, recaptcha.Value.ExpectedAction, settings.PhoneVerificationRequired,
            (int)Math.Ceiling(accounts.Value.SessionIdleTimeout.TotalMinutes));
    }
}
