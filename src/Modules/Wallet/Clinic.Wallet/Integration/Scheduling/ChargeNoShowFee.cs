using Clinic.BuildingBlocks.Outbox;
using Clinic.Scheduling.Contracts.Appointments;
using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Persistence;
using Clinic.Wallet.Processing;

namespace Clinic.Wallet.Integration.Scheduling;

/// <summary>
/// The patient did not come and the policy they accepted sets a no-show fee: the visit's deposit covers it first, the
/// rest is charged to the card on file. A no-show keeps the deposit (that is what it secured).
/// </summary>
internal sealed class ChargeNoShowFee(WalletDbContext db, Fees fees, TimeProvider clock)
    : IntegrationEventHandler<AppointmentNoShow, WalletDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(AppointmentNoShow noShow, CancellationToken cancellationToken)
    {
        if (noShow.FeeDueAmountMinor <= 0)
        {
            return;
        }

        await fees.QueueAsync(PaymentKind.NoShowFee, noShow.Appointment, noShow.FeeDueAmountMinor, noShow.Currency, Clock.GetUtcNow(), cancellationToken);
    }
}
