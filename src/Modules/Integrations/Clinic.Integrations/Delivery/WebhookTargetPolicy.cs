using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Clinic.Integrations.Delivery;

/// <summary>
/// Where webhooks may go (SSRF defence): HTTPS to public addresses only. Checked when an Admin subscribes, and again
/// for every connection the sender opens, on the addresses the name resolves to at that moment — so a name that
/// later resolves to the clinic's own network (DNS rebinding) is refused before a byte is sent.
/// <see cref="WebhookOptions.AllowUnsafeTargets"/> lifts the rule for development and tests.
/// </summary>
internal sealed class WebhookTargetPolicy(IOptions<WebhookOptions> options, WebhookHostResolver resolver)
{
    private static readonly (IPAddress Network, int PrefixLength)[] BlockedNetworks =
    [
        (IPAddress.Parse("0.0.0.0"), 8),         // "this network"
        (IPAddress.Parse("10.0.0.0"), 8),        // private
        (IPAddress.Parse("100.64.0.0"), 10),     // carrier-grade NAT
        (IPAddress.Parse("127.0.0.0"), 8),       // loopback
        (IPAddress.Parse("169.254.0.0"), 16),    // link-local, cloud metadata services
        (IPAddress.Parse("172.16.0.0"), 12),     // private
        (IPAddress.Parse("192.0.0.0"), 24),      // IETF protocol assignments
        (IPAddress.Parse("192.168.0.0"), 16),    // private
        (IPAddress.Parse("198.18.0.0"), 15),     // benchmarking
        (IPAddress.Parse("224.0.0.0"), 4),       // multicast
        (IPAddress.Parse("240.0.0.0"), 4),       // reserved, broadcast
        (IPAddress.Parse("::"), 128),            // unspecified
        (IPAddress.Parse("::1"), 128),           // loopback
        (IPAddress.Parse("fc00::"), 7),          // unique local
        (IPAddress.Parse("fe80::"), 10),         // link-local
        (IPAddress.Parse("ff00::"), 8),          // multicast
    ];

    public bool AllowsUnsafeTargets => options.Value.AllowUnsafeTargets;

    /// <summary>Why this URL can never be a webhook target, judged from the URL alone; null when it may be.</summary>
    public string? RefusalOf(string? url)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return "The URL must be an absolute https:// address.";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "The URL must not carry a user name or password.";
        }

        if (!string.IsNullOrEmpty(uri.Fragment))
        {
            return "The URL must not have a #fragment.";
        }

        if (AllowsUnsafeTargets)
        {
            return null;
        }

        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            return "The URL must use https://.";
        }

        if (uri.IsLoopback || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return "The URL must not point at this machine.";
        }

        return IPAddress.TryParse(uri.IdnHost, out var literal) && !IsPublic(literal)
            ? "The URL must not point at a loopback, link-local or private network address."
            : null;
    }

    /// <summary>
    /// The addresses a target's host resolves to now, refused when any is not public. A name that does not resolve
    /// yet is not refused when subscribing (the receiver may still be setting up DNS); sending fails on it then.
    /// </summary>
    public async Task<string?> RefusalOfResolvedAsync(string url, CancellationToken cancellationToken)
    {
        if (AllowsUnsafeTargets || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        IPAddress[] addresses;
        try
        {
            addresses = await resolver.ResolveAsync(uri.IdnHost, cancellationToken);
        }
        catch (SocketException)
        {
            return null;
        }

        return addresses.FirstOrDefault(a => !IsPublic(a)) is { } blocked
            ? $"The URL's host resolves to {blocked}, a loopback, link-local or private network address."
            : null;
    }

    /// <summary>
    /// The sender's connection step: resolves the host, refuses it when any address is not public, and connects to the
    /// checked address itself, so the address checked is the address used.
    /// </summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = await resolver.ResolveAsync(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new WebhookTargetRefusedException($"{host} does not resolve to any address.");
        }

        if (!AllowsUnsafeTargets && addresses.FirstOrDefault(a => !IsPublic(a)) is { } blocked)
        {
            throw new WebhookTargetRefusedException($"{host} resolves to {blocked}, a loopback, link-local or private network address; webhooks are not sent there.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address that must pass the same test.
        var bytes = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetworkV6 && bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == 0xff && bytes[3] == 0x9b)
        {
            return IsPublic(new IPAddress(bytes[12..16]));
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6 && bytes[0] == 0x20 && bytes[1] == 0x02)
        {
            return IsPublic(new IPAddress(bytes[2..6]));
        }

        return !BlockedNetworks.Any(n => n.Network.AddressFamily == address.AddressFamily && InNetwork(bytes, n.Network.GetAddressBytes(), n.PrefixLength));
    }

    private static bool InNetwork(byte[] address, byte[] network, int prefixLength)
    {
        for (var bit = 0; bit < prefixLength; bit++)
        {
            var mask = 0x80 >> (bit % 8);
            if ((address[bit / 8] & mask) != (network[bit / 8] & mask))
            {
                return false;
            }
        }

        return true;
    }
}
