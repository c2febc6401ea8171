using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Clinic.Host;

/// <summary>
/// The clinic usually runs behind a reverse proxy that ends TLS (nginx, Caddy, a cloud load balancer).
/// The proxy passes the client's address and scheme in X-Forwarded-For / X-Forwarded-Proto; the per-address
/// sign-in and SMS limits and the Secure session cookie need the real ones. Those headers are believed only
/// from the proxies listed in configuration (and, by default, a proxy on the same machine), so a client
/// cannot claim another address to slip past the limits.
/// </summary>
internal static class ReverseProxy
{
    public const string Section = "ReverseProxy";

    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section).Get<ReverseProxySettings>() ?? new ReverseProxySettings();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in settings.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in settings.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    private sealed class ReverseProxySettings
    {
        /// <summary>Addresses of trusted proxies, e.g. "10.0.0.5". Loopback is always trusted.</summary>
        public string[] KnownProxies { get; init; } = [];

        /// <summary>Networks of trusted proxies in CIDR notation, e.g. "10.0.0.0/16".</summary>
        public string[] KnownNetworks { get; init; } = [];
    }
}
