using Clinic.Wallet.Domain.Booking;
using Clinic.Wallet.Features.Views;

namespace Clinic.Wallet.Features.Booking;

/// <summary>
/// The card step of a booking (OB8, OB9), as the SPA shows it.
/// <c>CardRequired</c> false: nothing to do, confirm. Otherwise the reasons (<c>DepositMinor</c> in <c>Currency</c>,
/// <c>HasCancellationFee</c>, <c>NoShowFeeMinor</c>, and the <c>CardCheckMinor</c> hold released afterwards when
/// <c>CardCheck</c>) are told to the patient before the card form. <c>Stage</c>:
/// <c>EnterCard</c> — confirm <c>SetupId</c> with <c>ClientSecret</c> (Stripe.js, or the development form), then authorize;
/// <c>Authenticate</c> — the bank wants the patient to confirm <c>ActionPaymentId</c> (<c>ActionClientSecret</c>), then authorize again;
/// <c>Secured</c> — the booking may be confirmed; <c>Card</c> says which card.
/// </summary>
public sealed record BookingPaymentStep(
    bool CardRequired,
    BookingPaymentStage Stage,
    long DepositMinor,
    string Currency,
    bool HasCancellationFee,
    long NoShowFeeMinor,
    bool CardCheck,
    long CardCheckMinor,
    string Gateway,
    string? PublishableKey,
    string? SetupId,
    string? ClientSecret,
    string? ActionPaymentId,
    string? ActionClientSecret,
    CardLabelView? Card);

public enum BookingPaymentStage
{
    NotNeeded,
    EnterCard,
    Authenticate,
    Secured,
}
