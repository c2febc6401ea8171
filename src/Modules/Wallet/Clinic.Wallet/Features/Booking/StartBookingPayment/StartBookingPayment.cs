using Clinic.Scheduling.Contracts.Booking;
using Mediator;

namespace Clinic.Wallet.Features.Booking.StartBookingPayment;

/// <summary>
/// Opens (or reopens) the card step of the held booking: says whether a card is needed and why, and gives the
/// browser the setup to confirm. The hold tokens prove the caller holds the times. A guest gives the name and email
/// the receipts go to; a signed-in patient's come from their profile. Repeating it returns the same setup.
/// </summary>
public sealed record StartBookingPayment(IReadOnlyList<HoldProof> Holds, BookingPayer? Payer) : IRequest<BookingPaymentStep>;

/// <param name="FullName">Name on the receipts.</param>
/// <param name="Email">Where receipts and pay links go.</param>
/// <param name="Language">"es" or "en".</param>
public sealed record BookingPayer(string FullName, string Email, string Language);
