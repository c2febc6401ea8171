using MimeKit;

namespace Clinic.Notifications.Adapters.Email;

/// <summary>Hands a finished email to the outside world. Throws <see cref="PermanentDeliveryException"/> when retrying cannot help.</summary>
internal interface IEmailSender
{
    /// <summary>Returns the provider's reference for the delivery log.</summary>
    Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
