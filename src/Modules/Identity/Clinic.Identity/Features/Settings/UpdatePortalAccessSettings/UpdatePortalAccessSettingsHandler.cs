using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Identity.Features.Settings.UpdatePortalAccessSettings;

internal sealed class UpdatePortalAccessSettingsHandler(IdentityDbContext db, PortalUrls urls)
    : IRequestHandler<UpdatePortalAccessSettings, PortalAccessSettingsResponse>
{
    public async ValueTask<PortalAccessSettingsResponse> Handle(UpdatePortalAccessSettings command, CancellationToken cancellationToken)
    {
        var settings = await db.PortalAccessSettings.SingleAsync(cancellationToken);
        settings.Update(command.EmailActivationEnabled, command.PhoneVerificationRequired, command.PortalBaseUrl);
        await db.SaveChangesAsync(cancellationToken);
        return new PortalAccessSettingsResponse(settings.EmailActivationEnabled, settings.PhoneVerificationRequired, settings.PortalBaseUrl,
            await urls.BaseUrlAsync(cancellationToken) + PortalUrls.PortalPath);
    }
}
