using Clinic.Identity.Options;
using Clinic.Identity.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clinic.Identity.Features;

/// <summary>Public addresses of the patient portal: the Admin's setting if there is one, else configuration.</summary>
internal sealed class PortalUrls(IdentityDbContext db, IOptions<PortalOptions> options)
{
    /// <summary>The page a shared portal link opens (PP3): the portal, which asks an anonymous visitor to log in or register.</summary>
    public const string PortalPath = "/portal";

    public async Task<string> BaseUrlAsync(CancellationToken cancellationToken)
    {
        var configured = await db.PortalAccessSettings.AsNoTracking().Select(s => s.PortalBaseUrl).SingleOrDefaultAsync(cancellationToken);
        return (configured ?? options.Value.PublicBaseUrl).TrimEnd('/');
    }

    public async Task<string> LinkAsync(string path, string token, CancellationToken cancellationToken) =>
        $"{await BaseUrlAsync(cancellationToken)}{path}?token={Uri.EscapeDataString(token)}";
}
