using Clinic.BuildingBlocks.Outbox;
using Clinic.Scheduling.Contracts.Appointments;
using Clinic.Wallet.Domain.Audit;
using Clinic.Wallet.Domain.Booking;
using Clinic.Wallet.Domain.Cards;
using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Persistence;
using Clinic.Wallet.Processing;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Wallet.Integration.Scheduling;

/// <summary>
/// A booking that went through the card step committed (ADR 0012 d): the card and the payments now belong to the
/// patient's profile, each appointment's share of the deposit is recorded, the card check is released, and — once
/// every appointment of the booking has been heard of — the deposit is captured. The operations are keyed by the
/// hold group (<c>capture:{holdKey}</c>, <c>release:cardcheck:{holdKey}</c>), so redelivery or a second host never
/// captures twice; the checkout's concurrency token makes two appointments of one booking count one after the other.
/// </summary>
internal sealed class SettleBookedPayment(WalletDbContext db, TimeProvider clock)
    : IntegrationEventHandler<AppointmentBooked, WalletDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(AppointmentBooked booked, CancellationToken cancellationToken)
    {
        if (booked.Payment is not { } reference)
        {
            return;
        }

        var checkout = await Db.Checkouts.SingleOrDefaultAsync(c => c.HoldKey == reference.HoldKey, cancellationToken);
        if (checkout is null || await Db.DepositAllocations.AnyAsync(a => a.AppointmentId == booked.Appointment.AppointmentId, cancellationToken))
        {
            return;
        }

        var now = Clock.GetUtcNow();
        var patientId = booked.Appointment.PatientId;
        var patient = Fees.PatientOf(booked.Appointment);
        var visit = Fees.VisitOf(booked.Appointment);
        var all = checkout.Booked(patientId);
        await AdoptCardAsync(checkout, patientId, now, cancellationToken);

        var keys = new[] { BookingCheckout.DepositPaymentKey(checkout.HoldKey), BookingCheckout.CardCheckPaymentKey(checkout.HoldKey) };
        var payments = await Db.Payments.Where(p => keys.Contains(p.Key)).ToListAsync(cancellationToken);
        foreach (var payment in payments)
        {
            payment.AssignTo(patientId, patient, payment.Kind == PaymentKind.Deposit ? null : visit, now);
        }

        var deposit = payments.SingleOrDefault(p => p.Kind == PaymentKind.Deposit);
        if (deposit is not null)
        {
            Db.DepositAllocations.Add(DepositAllocation.Of(booked.Appointment.AppointmentId, deposit.Id, reference.DepositMinor, visit));
            if (all && deposit.IsHeld)
            {
                Db.PaymentOperations.Add(PaymentOperation.Queue($"capture:{checkout.HoldKey}", deposit.Id, OperationKind.Capture, deposit.AmountMinor, "system", now));
            }
        }
        else
        {
            Db.DepositAllocations.Add(DepositAllocation.Of(booked.Appointment.AppointmentId, null, 0, visit));
        }

        var cardCheck = payments.SingleOrDefault(p => p.Kind == PaymentKind.CardCheck);
        var releaseKey = $"release:cardcheck:{checkout.HoldKey}";
        if (cardCheck is { IsHeld: true } && !await Db.PaymentOperations.AnyAsync(o => o.Key == releaseKey, cancellationToken))
        {
            Db.PaymentOperations.Add(PaymentOperation.Queue(releaseKey, cardCheck.Id, OperationKind.Release, cardCheck.AmountMinor, "system", now));
        }

        Db.Audit.Add(PaymentAuditEntry.Record(now, "system", "booking.committed", patientId, deposit?.Id, deposit?.AmountMinor, deposit?.Currency, null,
            $"appointment {booked.Appointment.AppointmentId} of booking {checkout.HoldKey}"));
    }

    /// <summary>A guest's card joins the profile the booking went to, as its default if it has none; its customer becomes theirs if they had none.</summary>
    private async Task AdoptCardAsync(BookingCheckout checkout, Guid patientId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (checkout.CardId is not { } cardId || await Db.Cards.SingleOrDefaultAsync(c => c.Id == cardId, cancellationToken) is not { } card)
        {
            return;
        }

        if (card.PatientId is null)
        {
            var hasDefault = await Db.Cards.AnyAsync(c => c.PatientId == patientId && c.RemovedAt == null && c.IsDefault, cancellationToken);
            card.BelongTo(patientId, !hasDefault);
        }

        if (!await Db.GatewayCustomers.AnyAsync(c => c.PatientId == patientId, cancellationToken) && !Db.GatewayCustomers.Local.Any(c => c.PatientId == patientId))
        {
            Db.GatewayCustomers.Add(GatewayCustomer.For(patientId, checkout.GatewayCustomerId, now));
        }
    }
}
