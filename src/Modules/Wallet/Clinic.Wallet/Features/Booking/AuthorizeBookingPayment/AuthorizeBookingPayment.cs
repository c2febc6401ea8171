using Clinic.Scheduling.Contracts.Booking;
using Mediator;

namespace Clinic.Wallet.Features.Booking.AuthorizeBookingPayment;

/// <summary>
/// After the browser confirmed the card: saves it, authorizes the deposit (held, not taken) or holds the card check,
/// and secures the booking. A refusal is a 422 with the bank's <c>reason</c>; the bank asking for authentication
/// answers with stage Authenticate. Repeating it never authorizes twice.
/// A signed-in patient may instead name one of their cards on file (<c>CardId</c>): nothing is typed, the same
/// authorization is made on that card with the patient present.
/// </summary>
public sealed record AuthorizeBookingPayment(IReadOnlyList<HoldProof> Holds, Guid? CardId = null) : IRequest<BookingPaymentStep>;
