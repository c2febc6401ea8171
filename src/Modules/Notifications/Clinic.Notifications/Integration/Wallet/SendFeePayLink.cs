using Clinic.BuildingBlocks.Outbox;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Persistence;
using Clinic.Notifications.Templates.Account;
using Clinic.Notifications.Templates.Payments;
using Clinic.Wallet.Contracts.Payments;

namespace Clinic.Notifications.Integration.Wallet;

/// <summary>A fee could not be charged: the patient gets the reason and a link to pay it (masked in the log once sent, like every secret link).</summary>
internal sealed class SendFeePayLink(NotificationsDbContext db, PaymentNotifier notifier, TimeProvider clock)
    : IntegrationEventHandler<FeePaymentFailed, NotificationsDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(FeePaymentFailed fee, CancellationToken cancellationToken)
    {
        var message = notifier.Compose(fee.Patient);
        await notifier.EmailAsync(fee.EventId, NotificationType.FeePaymentFailed, fee.Patient, fee.Visit, message,
            FeePaymentFailedTemplate.Email(message, fee, fee.PayUrl), FeePaymentFailedTemplate.Email(message, fee, Redaction.Link), cancellationToken);
    }
}
