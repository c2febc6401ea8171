namespace Clinic.Notifications.Adapters.Sms;

/// <summary>Hands an SMS to the outside world. Throws <see cref="PermanentDeliveryException"/> when retrying cannot help.</summary>
internal interface ISmsSender
{
    /// <summary>Sends <paramref name="body"/> to an E.164 number; returns the provider's reference for the delivery log.</summary>
    Task<string> SendAsync(string toE164, string body, CancellationToken cancellationToken);
}
