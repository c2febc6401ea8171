using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Features.Views;
using Clinic.Wallet.Processing;

namespace Clinic.Wallet.Features.PayLinks;

/// <summary>
/// What the pay page shows: the fee, the visit, and whether it is still due. <c>State</c>: Due, Paid, Waived.
/// <c>FailureReason</c> says why the card on file was not charged (a word the SPA translates).
/// </summary>
public sealed record PayLinkView(
    Guid PaymentId, PaymentKind Kind, PayLinkState State, long AmountMinor, string Currency, string? FailureReason, VisitView? Visit, CardLabelView? Card,
    string Gateway, string? PublishableKey)
{
    internal static PayLinkView From(Payment payment, string gateway, string? publishableKey) => new(
        payment.Id,
        payment.Kind,
        payment.Status switch
        {
            PaymentStatus.Succeeded => PayLinkState.Paid,
            PaymentStatus.Waived or PaymentStatus.Released => PayLinkState.Waived,
            _ => PayLinkState.Due,
        },
        payment.ToChargeMinor,
        payment.Currency,
        payment.FailureReason,
        payment.Appointment is { } visit ? new VisitView(visit.AppointmentId, visit.Title, visit.StartsAt, visit.TimeZone, visit.LocationName) : null,
        PaymentOutcomes.Card(payment) is { } card ? new CardLabelView(card.Brand, card.Last4) : null,
        gateway,
        publishableKey);
}

public enum PayLinkState
{
    Due,
    Paid,
    Waived,
}
