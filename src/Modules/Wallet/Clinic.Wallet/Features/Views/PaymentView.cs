using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Processing;

namespace Clinic.Wallet.Features.Views;

/// <summary>
/// A payment as staff and the patient see it. Amounts are integers in the currency's minor unit (cents).
/// <c>Kind</c>: Deposit, CardCheck, LateCancellationFee, NoShowFee. <c>Status</c>: Pending, RequiresAction, Authorized,
/// Succeeded, Failed, Released, Waived. <c>Outstanding</c> is true for a fee still owed. <c>FailureReason</c> is a
/// machine word the SPA translates (insufficient_funds, authentication_required, no_card_on_file…). A fee partly or
/// wholly kept from the visit's deposit says so in <c>CoveredByDepositMinor</c>; the card was asked for the rest.
/// </summary>
public sealed record PaymentView(
    Guid Id,
    PaymentKind Kind,
    PaymentStatus Status,
    bool Outstanding,
    long AmountMinor,
    long CoveredByDepositMinor,
    long CapturedMinor,
    long RefundedMinor,
    long RefundableMinor,
    string Currency,
    Guid? PatientId,
    string PatientName,
    Guid? AppointmentId,
    VisitView? Visit,
    CardLabelView? Card,
    string? FailureReason,
    DateTimeOffset? NextRetryAt,
    string? WaiveReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<PaymentActionView> Actions)
{
    internal static PaymentView From(Payment payment, IEnumerable<PaymentOperation> operations) => new(
        payment.Id,
        payment.Kind,
        payment.Status,
        payment.IsOutstanding,
        payment.AmountMinor,
        payment.CoveredByDepositMinor,
        payment.CapturedMinor,
        payment.RefundedMinor,
        payment.Status == PaymentStatus.Succeeded ? payment.RefundableMinor : 0,
        payment.Currency,
        payment.PatientId,
        payment.Patient.FullName,
        payment.AppointmentId ?? payment.Appointment?.AppointmentId,
        payment.Appointment is { } visit ? new VisitView(visit.AppointmentId, visit.Title, visit.StartsAt, visit.TimeZone, visit.LocationName) : null,
        PaymentOutcomes.Card(payment) is { } card ? new CardLabelView(card.Brand, card.Last4) : null,
        payment.FailureReason,
        payment.NextRetryAt,
        payment.WaiveReason,
        payment.CreatedAt,
        payment.UpdatedAt,
        operations.Where(o => o.PaymentId == payment.Id).OrderBy(o => o.CreatedAt).Select(PaymentActionView.From).ToList());
}

/// <summary>The visit a payment is about.</summary>
public sealed record VisitView(Guid AppointmentId, string Title, DateTimeOffset StartsAt, string TimeZone, string LocationName);

/// <summary>A card as the patient recognises it.</summary>
public sealed record CardLabelView(string Brand, string Last4);

/// <summary>One thing done with the card processor for a payment: charge, retry, capture, release or refund, with its outcome.</summary>
public sealed record PaymentActionView(
    Guid Id, OperationKind Kind, OperationStatus Status, long AmountMinor, bool AsCredit, string? Reason, string Actor, string? Outcome,
    DateTimeOffset CreatedAt, DateTimeOffset NextAttemptAt, DateTimeOffset? CompletedAt)
{
    internal static PaymentActionView From(PaymentOperation operation) => new(
        operation.Id, operation.Kind, operation.Status, operation.AmountMinor, operation.AsCredit, operation.Reason, operation.Actor, operation.Outcome,
        operation.CreatedAt, operation.NextAttemptAt, operation.CompletedAt);
}
