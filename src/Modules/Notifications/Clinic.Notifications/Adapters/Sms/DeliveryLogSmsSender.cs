using Clinic.BuildingBlocks.Adapters;

namespace Clinic.Notifications.Adapters.Sms;

/// <summary>
/// Development adapter: the SMS exists only in the delivery log, where staff (and browser tests) can
/// read it, one-time codes included. Production refuses to start with it.
/// </summary>
internal sealed class DeliveryLogSmsSender : ISmsSender, IDevelopmentAdapter
{
    public const string Reference = "delivery-log";

    public Task<string> SendAsync(string toE164, string body, CancellationToken cancellationToken) => Task.FromResult(Reference);
}
