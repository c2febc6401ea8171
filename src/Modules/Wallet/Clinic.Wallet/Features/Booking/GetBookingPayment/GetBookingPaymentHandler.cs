using Clinic.Wallet.Contracts.Booking;
using Clinic.Wallet.Domain.Booking;
using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Wallet.Features.Booking.GetBookingPayment;

/// <summary>Scheduling's question before it commits a booking that needs a card (ADR 0012): read-only.</summary>
internal sealed class GetBookingPaymentHandler(WalletDbContext db) : IRequestHandler<Contracts.Booking.GetBookingPayment, BookingPaymentState>
{
    public async ValueTask<BookingPaymentState> Handle(Contracts.Booking.GetBookingPayment request, CancellationToken cancellationToken)
    {
        var checkout = await db.Checkouts.AsNoTracking().SingleOrDefaultAsync(c => c.HoldKey == request.HoldKey, cancellationToken);
        if (checkout is not { Status: CheckoutStatus.Secured or CheckoutStatus.Booked })
        {
            return new BookingPaymentState(false, null, 0);
        }

        var depositKey = BookingCheckout.DepositPaymentKey(checkout.HoldKey);
        var deposit = await db.Payments.AsNoTracking().Where(p => p.Key == depositKey && p.Status == PaymentStatus.Authorized)
            .Select(p => p.AmountMinor).SingleOrDefaultAsync(cancellationToken);
        return new BookingPaymentState(true, checkout.Id.ToString(), deposit);
    }
}
