using Clinic.BuildingBlocks.Adapters;
using Clinic.Notifications.Adapters.Email;
using Clinic.Notifications.Adapters.Sms;
using Clinic.Notifications.Domain.Messages;

namespace Clinic.Notifications.Delivery;

/// <summary>The configured sender of each channel, and whether it is a development stand-in.</summary>
internal sealed class DeliveryChannels(IEmailSender email, ISmsSender sms)
{
    public IEmailSender Email { get; } = email;

    public ISmsSender Sms { get; } = sms;

    /// <summary>
    /// True when nothing real leaves the building on this channel. Only then may the delivery log show a
    /// message's secrets (codes, links): developers and browser tests read them there; staff of a real clinic never can.
    /// </summary>
    public bool IsDevelopment(MessageChannel channel) => channel switch
    {
        MessageChannel.Email => Email is IDevelopmentAdapter,
        _ => Sms is IDevelopmentAdapter,
    };
}
