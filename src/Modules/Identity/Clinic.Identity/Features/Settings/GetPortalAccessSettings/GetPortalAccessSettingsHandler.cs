using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Identity.Features.Settings.GetPortalAccessSettings;

internal sealed class GetPortalAccessSettingsHandler(IdentityDbContext db, PortalUrls urls)
    : IRequestHandler<GetPortalAccessSettings, PortalAccessSettingsResponse>
{
    public async ValueTask<PortalAccessSettingsResponse> Handle(GetPortalAccessSettings query, CancellationToken cancellationToken)
    {
        var settings = await db.PortalAccessSettings.AsNoTracking().SingleAsync(cancellationToken);
        return new PortalAccessSettingsResponse(settings.EmailActivationEnabled, settings.PhoneVerificationRequired, settings.PortalBaseUrl,
            await urls.BaseUrlAsync(cancellationToken) + PortalUrls.PortalPath);
    }
}
