using Mediator;

namespace Clinic.Wallet.Contracts.Booking;

/// <summary>
/// Is the card step of this booking (its hold group's key, ADR 0012) done? Read-only: Scheduling asks it before
/// committing a booking that needs a card, and refuses the booking when the answer is no.
/// </summary>
public sealed record GetBookingPayment(string HoldKey) : IRequest<BookingPaymentState>;

/// <param name="Secured">The card was validated (and the deposit authorized) for this booking.</param>
/// <param name="Reference">Wallet's reference of the payment, for <c>AppointmentBooked</c> to carry.</param>
/// <param name="DepositAuthorizedMinor">The deposit held on the card, in the booking's currency's minor unit.</param>
public sealed record BookingPaymentState(bool Secured, string? Reference, long DepositAuthorizedMinor);
