using System.Net;

namespace Clinic.Integrations.Delivery;

/// <summary>Name resolution for webhook targets, in one overridable place so tests can play a DNS that changes its answer.</summary>
internal class WebhookHostResolver
{
    public virtual Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        IPAddress.TryParse(host, out var literal) ? Task.FromResult(new[] { literal }) : Dns.GetHostAddressesAsync(host, cancellationToken);
}
