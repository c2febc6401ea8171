namespace Clinic.Wallet.Domain.Booking;

public enum CheckoutStatus
{
    /// <summary>The card step is under way.</summary>
    Open,

    /// <summary>The card was validated and the deposit authorized: the booking may be confirmed.</summary>
    Secured,

    /// <summary>The booking committed: the deposit is captured, the card check released.</summary>
    Booked,

    /// <summary>No booking claimed it in time: its authorizations were given back.</summary>
    Released,
}
