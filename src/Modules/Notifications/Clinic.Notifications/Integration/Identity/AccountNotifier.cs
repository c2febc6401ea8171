using Clinic.Notifications.Delivery;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Templates;
using Clinic.Notifications.Templates.Account;
using Microsoft.Extensions.Options;

namespace Clinic.Notifications.Integration.Identity;

/// <summary>
/// Queues account messages. Each carries a secret (a link or a code), so each is rendered twice:
/// the real message, and the copy with the secret masked that stays in the delivery log once a real
/// provider has sent it.
/// </summary>
internal sealed class AccountNotifier(NotificationQueue queue, IOptions<ClinicBrandingOptions> clinicOptions)
{
    public ClinicBranding Clinic => clinicOptions.Value.ToBranding();

    public Language LanguageOf(string? preferred) => Languages.Resolve(preferred, clinicOptions.Value.DefaultLanguage);

    public Task EmailAsync(Guid eventId, NotificationType type, Guid? patientId, string email, string fullName, string language,
        DateTimeOffset expiresAt, Func<AccountMessage, string, EmailContent> template, string secretUrl, CancellationToken cancellationToken)
    {
        var message = new AccountMessage(fullName, LanguageOf(language), Clinic, expiresAt);
        return queue.EmailAsync(
            new MessageSource(eventId, type, message.Language, patientId, ExpiresAt: expiresAt),
            email,
            fullName,
            EmailLayout.Render(template(message, secretUrl), Clinic, message.Language),
            EmailLayout.Render(template(message, Redaction.Link), Clinic, message.Language),
            calendar: null,
            cancellationToken);
    }
}
