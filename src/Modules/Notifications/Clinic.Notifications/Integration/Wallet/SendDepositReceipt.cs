using Clinic.BuildingBlocks.Outbox;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Persistence;
using Clinic.Notifications.Templates.Payments;
using Clinic.Wallet.Contracts.Payments;

namespace Clinic.Notifications.Integration.Wallet;

/// <summary>A booking's deposit was taken: the patient gets the receipt.</summary>
internal sealed class SendDepositReceipt(NotificationsDbContext db, PaymentNotifier notifier, TimeProvider clock)
    : IntegrationEventHandler<DepositReceived, NotificationsDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(DepositReceived fee, CancellationToken cancellationToken)
    {
        var message = notifier.Compose(fee.Patient);
        await notifier.EmailAsync(fee.EventId, NotificationType.DepositReceipt, fee.Patient, fee.Visits.FirstOrDefault(), message, DepositReceiptTemplate.Email(message, fee), redacted: null, cancellationToken);
    }
}
