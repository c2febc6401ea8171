using Clinic.Wallet.Domain.Payments;

namespace Clinic.Wallet.Domain.Booking;

/// <summary>
/// The card step of one booking (OB8, OB9), identified by its hold group's key (ADR 0012). Every processor call it
/// makes is keyed by that key and the attempt (<c>setup:{holdKey}</c>, <c>deposit:{holdKey}</c>,
/// <c>cardcheck:{holdKey}</c>; <c>…:2</c> after the bank refused a card), so repeating a step returns the same
/// setup or authorization. A new attempt starts only when the bank refused the card of the last one.
/// </summary>
internal sealed class BookingCheckout
{
    private BookingCheckout() { }

    public Guid Id { get; private set; }

    public string HoldKey { get; private set; } = "";

    public CheckoutStatus Status { get; private set; }

    /// <summary>The signed-in patient who started it; a guest's profile is known once the booking commits.</summary>
    public Guid? PatientId { get; private set; }

    public PaymentPatientSnapshot Patient { get; private set; } = PaymentPatientSnapshot.Unknown;

    public string GatewayCustomerId { get; private set; } = "";

    public int Attempt { get; private set; } = 1;

    /// <summary>The processor's setup of the current attempt.</summary>
    public string? SetupId { get; private set; }

    public Guid? CardId { get; private set; }

    public long DepositMinor { get; private set; }

    public string Currency { get; private set; } = "";

    public bool CardCheck { get; private set; }

    /// <summary>How many appointments the booking makes (one per hold).</summary>
    public int AppointmentCount { get; private set; }

    /// <summary>How many of them Wallet has heard committed; the deposit is captured once all have.</summary>
    public int BookedCount { get; private set; }

    /// <summary>The latest the holds can live; an authorization no booking claimed is released after it (plus a grace).</summary>
    public DateTimeOffset LatestExpiry { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SecuredAt { get; private set; }

    public int Revision { get; private set; }

    public static BookingCheckout Start(
        string holdKey, Guid? patientId, PaymentPatientSnapshot patient, string customerId, long depositMinor, string currency, bool cardCheck,
        int appointmentCount, DateTimeOffset latestExpiry, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        HoldKey = holdKey,
        Status = CheckoutStatus.Open,
        PatientId = patientId,
        Patient = patient,
        GatewayCustomerId = customerId,
        DepositMinor = depositMinor,
        Currency = currency.ToUpperInvariant(),
        CardCheck = cardCheck,
        AppointmentCount = appointmentCount,
        LatestExpiry = latestExpiry,
        CreatedAt = now,
    };

    public string SetupKey => Keyed("setup");

    public string DepositKey => Keyed("deposit");

    public string CardCheckKey => Keyed("cardcheck");

    public static string DepositPaymentKey(string holdKey) => $"deposit:{holdKey}";

    public static string CardCheckPaymentKey(string holdKey) => $"cardcheck:{holdKey}";

    public void UseSetup(string setupId)
    {
        SetupId = setupId;
        Revision++;
    }

    public void UseCard(Guid cardId)
    {
        CardId = cardId;
        Revision++;
    }

    /// <summary>The bank refused the card: the next card the patient enters starts a new attempt, with new keys.</summary>
    public void CardRefused()
    {
        Attempt++;
        SetupId = null;
        CardId = null;
        Revision++;
    }

    /// <summary>The details step may have changed the name or email the receipts go to.</summary>
    public void Describe(PaymentPatientSnapshot patient)
    {
        Patient = patient;
        Revision++;
    }

    public void Secure(DateTimeOffset now)
    {
        Status = CheckoutStatus.Secured;
        SecuredAt = now;
        Revision++;
    }

    /// <summary>One of the booking's appointments committed; true when it was the last one.</summary>
    public bool Booked(Guid patientId)
    {
        Status = CheckoutStatus.Booked;
        PatientId = patientId;
        BookedCount++;
        Revision++;
        return BookedCount == AppointmentCount;
    }

    public void Release()
    {
        Status = CheckoutStatus.Released;
        Revision++;
    }

    private string Keyed(string what) => Attempt == 1 ? $"{what}:{HoldKey}" : $"{what}:{HoldKey}:{Attempt}";
}
