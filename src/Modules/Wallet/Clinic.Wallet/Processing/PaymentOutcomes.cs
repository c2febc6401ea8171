using Clinic.BuildingBlocks.Outbox;
using Clinic.BuildingBlocks.Security;
using Clinic.Wallet.Contracts.Payments;
using Clinic.Wallet.Domain.Audit;
using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clinic.Wallet.Processing;

/// <summary>
/// What follows from a payment changing state, whoever noticed the change (the payment worker, the pay page, a
/// webhook): the audit line, and — only for the call that made the change — the patient's receipt or pay link.
/// Everything is added to the caller's unit of work.
/// </summary>
internal sealed class PaymentOutcomes(WalletDbContext db, IOptions<WalletClinicOptions> clinic, TimeProvider clock)
{
    public void Apply(Payment payment, PaymentChange change, string actor)
    {
        var now = clock.GetUtcNow();
        if (change.Before == change.After)
        {
            return;
        }

        db.Audit.Add(PaymentAuditEntry.Record(now, actor, $"{Purpose(payment.Kind)}.{change.After.ToString().ToLowerInvariant()}", payment.PatientId, payment.Id,
            payment.Status == PaymentStatus.Succeeded ? payment.CapturedMinor : payment.AmountMinor, payment.Currency, payment.FailureReason, payment.GatewayPaymentId));

        if (!payment.IsFee || payment.PatientId is not { } patientId || payment.Appointment is not { } visit)
        {
            return;
        }

        if (change.BecameSucceeded)
        {
            db.Publish(new FeeCharged(payment.Id, Purpose(payment.Kind), Recipient(payment, patientId), Visit(visit), payment.CapturedMinor,
                payment.CoveredByDepositMinor, payment.Currency, payment.CapturedMinor > 0 ? Card(payment) : null) { OccurredAt = now });
        }
        else if (change.BecameUnpaid && payment.PayLinkHash is null)
        {
            // The link is emailed once, on the first failure; later retries do not flood the patient.
            var token = SecretToken.New();
            payment.IssuePayLink(SecretToken.Hash(token));
            db.Publish(new FeePaymentFailed(payment.Id, Purpose(payment.Kind), Recipient(payment, patientId), Visit(visit), payment.ToChargeMinor,
                payment.Currency, payment.FailureReason ?? "card_declined", Card(payment), PayUrl(token), payment.NextRetryAt) { OccurredAt = now });
        }
    }

    /// <summary>A booking's deposit was taken: the receipt lists every visit of the booking.</summary>
    public async Task DepositCapturedAsync(Payment deposit, CancellationToken cancellationToken)
    {
        if (deposit.PatientId is not { } patientId || PaymentOutcomes.Card(deposit) is not { } card)
        {
            return;
        }

        var visits = await db.DepositAllocations.AsNoTracking().Where(a => a.PaymentId == deposit.Id).ToListAsync(cancellationToken);
        db.Publish(new DepositReceived(deposit.Id, Recipient(deposit, patientId), visits.OrderBy(v => v.Visit.StartsAt).Select(v => Visit(v.Visit)).ToList(),
            deposit.CapturedMinor, deposit.Currency, card) { OccurredAt = clock.GetUtcNow() });
    }

    public void Refunded(Payment payment, PaymentOperation refund, PaymentCardLabel? card)
    {
        if (payment.PatientId is not { } patientId)
        {
            return;
        }

        db.Publish(new PaymentRefunded(payment.Id, Purpose(payment.Kind), Recipient(payment, patientId), payment.Appointment is { } visit ? Visit(visit) : null,
            refund.AmountMinor, payment.Currency, refund.AsCredit, refund.AsCredit ? null : card, refund.Reason) { OccurredAt = clock.GetUtcNow() });
    }

    public string PayUrl(string token) => $"{clinic.Value.PublicUrl.TrimEnd('/')}/pay/{token}";

    public static string Purpose(PaymentKind kind) => kind switch
    {
        PaymentKind.Deposit => PaymentPurposes.Deposit,
        PaymentKind.CardCheck => PaymentPurposes.CardCheck,
        PaymentKind.LateCancellationFee => PaymentPurposes.LateCancellationFee,
        _ => PaymentPurposes.NoShowFee,
    };

    public static PaymentCardLabel? Card(Payment payment) =>
        payment is { CardBrand: { } brand, CardLast4: { } last4 } ? new PaymentCardLabel(brand, last4) : null;

    public static PaymentVisit Visit(PaymentAppointmentSnapshot visit) =>
        new(visit.AppointmentId, visit.Title, visit.StartsAt, visit.TimeZone, visit.LocationName);

    private static PaymentRecipient Recipient(Payment payment, Guid patientId) =>
        new(patientId, payment.Patient.FullName, payment.Patient.Email, payment.Patient.Language);
}
