using Clinic.BuildingBlocks.Outbox;
using Clinic.Scheduling.Contracts.Appointments;
using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Persistence;
using Clinic.Wallet.Processing;

namespace Clinic.Wallet.Integration.Scheduling;

/// <summary>A late cancellation with a fee under the policy the patient accepted: the fee is charged to the card on file (PP15).</summary>
internal sealed class ChargeLateCancellationFee(WalletDbContext db, TimeProvider clock)
    : IntegrationEventHandler<AppointmentCancelled, WalletDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(AppointmentCancelled cancelled, CancellationToken cancellationToken)
    {
        if (!cancelled.IsLate || cancelled.FeeDueAmountMinor <= 0)
        {
            return;
        }

        await Fees.QueueAsync(Db, PaymentKind.LateCancellationFee, cancelled.Appointment, cancelled.FeeDueAmountMinor, cancelled.Currency,
            Clock.GetUtcNow(), cancellationToken);
    }
}
