using Clinic.Scheduling.Contracts.Appointments;
using Clinic.Wallet.Domain.Audit;
using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Wallet.Processing;

/// <summary>
/// Records a fee Scheduling says is due, once per appointment, and what the visit's deposit does about it: the
/// deposit covers the fee first and only the rest is charged to the card (off-session, by the payment worker).
/// </summary>
internal sealed class Fees(WalletDbContext db, PaymentOutcomes outcomes)
{
    /// <summary>Returns the part of the visit's deposit the fee did not use (zero without a deposit).</summary>
    public async Task<long> QueueAsync(
        PaymentKind kind, AppointmentSnapshot appointment, long amountMinor, string currency, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var deposit = await DepositShareAsync(appointment.AppointmentId, cancellationToken);
        var covered = Math.Min(amountMinor, deposit);
        var payment = Payment.ForFee(kind, appointment.PatientId, PatientOf(appointment), VisitOf(appointment), amountMinor, currency, now, covered);
        // A second delivery of the event (or a second event for the same appointment) finds the fee already there.
        // Two deliveries racing both get here; the unique key lets only one of them commit, and the other's retry stops here.
        if (await db.Payments.AnyAsync(p => p.Key == payment.Key, cancellationToken))
        {
            return 0;
        }

        db.Payments.Add(payment);
        db.Audit.Add(PaymentAuditEntry.Record(now, "system", $"{PaymentOutcomes.Purpose(kind)}.due", appointment.PatientId, payment.Id, amountMinor, payment.Currency,
            reason: null, details: covered > 0 ? $"appointment {appointment.AppointmentId}; {covered} from the deposit" : $"appointment {appointment.AppointmentId}"));
        if (payment.ToChargeMinor > 0)
        {
            db.PaymentOperations.Add(PaymentOperation.Queue(payment.Key, payment.Id, OperationKind.Charge, payment.ToChargeMinor, "system", now));
        }
        else
        {
            outcomes.Apply(payment, payment.SettleFromDeposit(now), "system");
        }

        return deposit - covered;
    }

    /// <summary>Gives back (part of) a visit's deposit; keyed by the appointment, so it happens once.</summary>
    public async Task RefundDepositAsync(Guid appointmentId, long amountMinor, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var allocation = await db.DepositAllocations.AsNoTracking().SingleOrDefaultAsync(a => a.AppointmentId == appointmentId, cancellationToken);
        var key = $"depositrefund:{appointmentId}";
        if (allocation is not { PaymentId: { } depositId, AmountMinor: > 0 } || amountMinor <= 0 || await db.PaymentOperations.AnyAsync(o => o.Key == key, cancellationToken))
        {
            return;
        }

        db.PaymentOperations.Add(PaymentOperation.Queue(key, depositId, OperationKind.Refund, Math.Min(amountMinor, allocation.AmountMinor), "system", now, reason: reason));
    }

    private async Task<long> DepositShareAsync(Guid appointmentId, CancellationToken cancellationToken)
    {
        var allocation = await db.DepositAllocations.AsNoTracking().SingleOrDefaultAsync(a => a.AppointmentId == appointmentId, cancellationToken);
        if (allocation is not { PaymentId: { } depositId, AmountMinor: > 0 })
        {
            return 0;
        }

        var deposit = await db.Payments.AsNoTracking().SingleAsync(p => p.Id == depositId, cancellationToken);
        return deposit.Status is PaymentStatus.Authorized or PaymentStatus.Succeeded ? allocation.AmountMinor : 0;
    }

    public static PaymentPatientSnapshot PatientOf(AppointmentSnapshot appointment) =>
        new(appointment.Patient.FullName, appointment.Patient.Email, appointment.Patient.Language);

    public static PaymentAppointmentSnapshot VisitOf(AppointmentSnapshot appointment) => new(
        appointment.AppointmentId, string.Join(" + ", appointment.Services.Select(s => s.Name)), appointment.StartsAt, appointment.TimeZone, appointment.LocationName);
}
