namespace Clinic.Wallet.Domain.Payments;

public enum PaymentStatus
{
    /// <summary>Recorded; the card processor has not been asked yet.</summary>
    Pending,

    /// <summary>The bank wants the patient to authenticate: only the patient can complete it (pay link).</summary>
    RequiresAction,

    /// <summary>Held on the card, not taken.</summary>
    Authorized,

    /// <summary>Taken.</summary>
    Succeeded,

    /// <summary>The bank declined, or there was no card to charge. A fee in this state is outstanding.</summary>
    Failed,

    /// <summary>An authorization given back: the hold disappears from the patient's card.</summary>
    Released,

    /// <summary>Staff decided the fee is not due after all.</summary>
    Waived,
}
