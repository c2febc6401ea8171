using System.Net;
using Clinic.IntegrationTests.Identity;
using Clinic.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Host;

/// <summary>
/// Behind a reverse proxy every request arrives from the proxy's address: the per-address limits must count
/// the client named in X-Forwarded-For, and only when a trusted proxy says so.
/// </summary>
public sealed class ReverseProxyTests
{
    private const string Proxy = "10.20.0.5";

    [Fact]
    public async Task Given_a_proxy_on_the_same_machine_When_two_clients_sign_in_through_it_Then_each_has_its_own_limit()
    {
        using var factory = LimitedTo3Logins(peer: IPAddress.Loopback);
        var first = Through(factory, "203.0.113.7");
        var second = Through(factory, "203.0.113.8");

        await UseUpLoginLimitAsync(first);

        (await IdentityApi.LogInAsync(first, "again@example.com")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await IdentityApi.LogInAsync(second, "other@example.com")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "another client behind the same proxy");
    }

    [Fact]
    public async Task Given_a_peer_that_is_not_a_known_proxy_When_it_sends_forwarded_addresses_Then_they_are_ignored()
    {
        using var factory = LimitedTo3Logins(peer: IPAddress.Parse(Proxy));
        await UseUpLoginLimitAsync(Through(factory, "203.0.113.7"));

        var claimingAnotherAddress = Through(factory, "198.51.100.99");

        (await IdentityApi.LogInAsync(claimingAnotherAddress, "spoof@example.com")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Given_a_configured_proxy_When_it_forwards_two_clients_Then_each_has_its_own_limit()
    {
        using var factory = LimitedTo3Logins(peer: IPAddress.Parse(Proxy)).With("ReverseProxy:KnownProxies:0", Proxy);
        await UseUpLoginLimitAsync(Through(factory, "203.0.113.7"));

        (await IdentityApi.LogInAsync(Through(factory, "203.0.113.8"), "other@example.com")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_TLS_ended_at_a_trusted_proxy_When_cookies_are_issued_Then_they_are_marked_secure()
    {
        using var factory = LimitedTo3Logins(peer: IPAddress.Loopback);
        var overHttps = factory.CreateClient();
        overHttps.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var secured = await overHttps.GetAsync("/api/account/antiforgery");
        var plain = await factory.CreateClient().GetAsync("/api/account/antiforgery");

        var cookies = secured.Headers.GetValues("Set-Cookie").ToList();
        cookies.ShouldNotBeEmpty();
        cookies.ShouldAllBe(cookie => cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
        plain.Headers.GetValues("Set-Cookie").ShouldAllBe(cookie => !cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    private static ClinicApiFactory LimitedTo3Logins(IPAddress peer)
    {
        var factory = new ClinicApiFactory().With("Identity:RateLimits:LoginAttemptsPerMinute", "3");
        // The test server has no network peer: this plays the connection's remote end, ahead of the whole pipeline.
        factory.ConfigureServices = services => services.AddSingleton<IStartupFilter>(new PeerAddress(peer));
        return factory;
    }

    private static HttpClient Through(ClinicApiFactory factory, string clientAddress)
    {
        var client = factory.CreateBrowserClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", clientAddress);
        return client;
    }

    private static async Task UseUpLoginLimitAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            (await IdentityApi.LogInAsync(client, $"person{attempt}@example.com")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }
    }
}
