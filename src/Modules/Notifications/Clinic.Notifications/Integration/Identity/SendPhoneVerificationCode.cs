using Clinic.BuildingBlocks.Outbox;
using Clinic.Identity.Contracts;
using Clinic.Notifications.Delivery;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Persistence;
using Clinic.Notifications.Templates.Account;

namespace Clinic.Notifications.Integration.Identity;

/// <summary>
/// The SMS one-time code (OB4). It expires with the code, and once a real provider has sent it only
/// the masked text stays in the delivery log.
/// </summary>
internal sealed class SendPhoneVerificationCode(NotificationsDbContext db, NotificationQueue queue, AccountNotifier notifier, TimeProvider clock)
    : IntegrationEventHandler<PhoneVerificationCodeRequested, NotificationsDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(PhoneVerificationCodeRequested requested, CancellationToken cancellationToken)
    {
        var language = notifier.LanguageOf(requested.Language);
        var validFor = requested.ExpiresAt - requested.OccurredAt;
        await queue.SmsAsync(
            new MessageSource(requested.EventId, NotificationType.PhoneVerificationCode, language, ExpiresAt: requested.ExpiresAt),
            requested.Phone,
            recipientName: null,
            PhoneVerificationCodeTemplate.Sms(language, notifier.Clinic, requested.Code, validFor),
            PhoneVerificationCodeTemplate.Sms(language, notifier.Clinic, Redaction.Code, validFor),
            cancellationToken);
    }
}
