using Clinic.BuildingBlocks.Outbox;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Persistence;
using Clinic.Notifications.Templates.Payments;
using Clinic.Wallet.Contracts.Payments;

namespace Clinic.Notifications.Integration.Wallet;

/// <summary>Money went back to the patient: they are told where and when to see it.</summary>
internal sealed class SendRefundNotice(NotificationsDbContext db, PaymentNotifier notifier, TimeProvider clock)
    : IntegrationEventHandler<PaymentRefunded, NotificationsDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(PaymentRefunded fee, CancellationToken cancellationToken)
    {
        var message = notifier.Compose(fee.Patient);
        await notifier.EmailAsync(fee.EventId, NotificationType.PaymentRefunded, fee.Patient, fee.Visit, message, PaymentRefundedTemplate.Email(message, fee), redacted: null, cancellationToken);
    }
}
