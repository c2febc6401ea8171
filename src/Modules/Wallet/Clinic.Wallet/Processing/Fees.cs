using Clinic.Scheduling.Contracts.Appointments;
using Clinic.Wallet.Domain.Audit;
using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Wallet.Processing;

/// <summary>Records a fee Scheduling says is due and queues its off-session charge, once per appointment.</summary>
internal static class Fees
{
    public static async Task QueueAsync(
        WalletDbContext db, PaymentKind kind, AppointmentSnapshot appointment, long amountMinor, string currency, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var payment = Payment.ForFee(kind, appointment.PatientId, PatientOf(appointment), VisitOf(appointment), amountMinor, currency, now);
        // A second delivery of the event (or a second event for the same appointment) finds the fee already there.
        // Two deliveries racing both get here; the unique key lets only one of them commit, and the other's retry stops above.
        if (await db.Payments.AnyAsync(p => p.Key == payment.Key, cancellationToken))
        {
            return;
        }

        db.Payments.Add(payment);
        db.PaymentOperations.Add(PaymentOperation.Queue(payment.Key, payment.Id, OperationKind.Charge, payment.AmountMinor, "system", now));
        db.Audit.Add(PaymentAuditEntry.Record(now, "system", $"{PaymentOutcomes.Purpose(kind)}.due", appointment.PatientId, payment.Id, amountMinor, payment.Currency,
            reason: null, details: $"appointment {appointment.AppointmentId}"));
    }

    public static PaymentPatientSnapshot PatientOf(AppointmentSnapshot appointment) =>
        new(appointment.Patient.FullName, appointment.Patient.Email, appointment.Patient.Language);

    public static PaymentAppointmentSnapshot VisitOf(AppointmentSnapshot appointment) => new(
        appointment.AppointmentId, string.Join(" + ", appointment.Services.Select(s => s.Name)), appointment.StartsAt, appointment.TimeZone, appointment.LocationName);
}
