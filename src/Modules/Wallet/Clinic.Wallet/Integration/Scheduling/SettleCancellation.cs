using Clinic.BuildingBlocks.Outbox;
using Clinic.Scheduling.Contracts.Appointments;
using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Persistence;
using Clinic.Wallet.Processing;

namespace Clinic.Wallet.Integration.Scheduling;

/// <summary>
/// An appointment was cancelled (PP15). A late cancellation with a fee under the policy the patient accepted: the
/// visit's deposit covers the fee first, the rest is charged to the card on file, and what the fee did not use of
/// the deposit is given back. Any other cancellation gives the whole deposit back.
/// </summary>
internal sealed class SettleCancellation(WalletDbContext db, Fees fees, TimeProvider clock)
    : IntegrationEventHandler<AppointmentCancelled, WalletDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(AppointmentCancelled cancelled, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        var appointmentId = cancelled.Appointment.AppointmentId;
        if (cancelled is { IsLate: true, FeeDueAmountMinor: > 0 })
        {
            var unused = await fees.QueueAsync(PaymentKind.LateCancellationFee, cancelled.Appointment, cancelled.FeeDueAmountMinor, cancelled.Currency, now, cancellationToken);
            await fees.RefundDepositAsync(appointmentId, unused, "Deposit left over after the late-cancellation fee", now, cancellationToken);
            return;
        }

        await fees.RefundDepositAsync(appointmentId, long.MaxValue, "Cancelled in time: the deposit is given back", now, cancellationToken);
    }
}
