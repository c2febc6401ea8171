namespace Clinic.Wallet.Domain.Booking;

/// <summary>
/// One appointment's share of its booking's deposit, recorded when the booking committed: what a cancellation in
/// time gives back, what a late one keeps towards its fee, and what the visit counts as paid.
/// </summary>
internal sealed class DepositAllocation
{
    private DepositAllocation() { }

    public Guid AppointmentId { get; private set; }

    /// <summary>The deposit payment; none when the booking had a card check but no deposit.</summary>
    public Guid? PaymentId { get; private set; }

    public long AmountMinor { get; private set; }

    /// <summary>The visit, for the deposit's receipt.</summary>
    public Payments.PaymentAppointmentSnapshot Visit { get; private set; } = null!;

    public static DepositAllocation Of(Guid appointmentId, Guid? paymentId, long amountMinor, Payments.PaymentAppointmentSnapshot visit) =>
        new() { AppointmentId = appointmentId, PaymentId = paymentId, AmountMinor = amountMinor, Visit = visit };
}
