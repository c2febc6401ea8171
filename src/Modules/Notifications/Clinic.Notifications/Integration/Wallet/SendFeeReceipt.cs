using Clinic.BuildingBlocks.Outbox;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Persistence;
using Clinic.Notifications.Templates.Payments;
using Clinic.Wallet.Contracts.Payments;

namespace Clinic.Notifications.Integration.Wallet;

/// <summary>A late-cancellation or no-show fee was charged: the patient gets the receipt.</summary>
internal sealed class SendFeeReceipt(NotificationsDbContext db, PaymentNotifier notifier, TimeProvider clock)
    : IntegrationEventHandler<FeeCharged, NotificationsDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(FeeCharged fee, CancellationToken cancellationToken)
    {
        var message = notifier.Compose(fee.Patient);
        await notifier.EmailAsync(fee.EventId, NotificationType.FeeCharged, fee.Patient, fee.Visit, message, FeeChargedTemplate.Email(message, fee), redacted: null, cancellationToken);
    }
}
