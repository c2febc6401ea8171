namespace Clinic.Wallet.Domain.Payments;

/// <summary>A call to the card processor that moves or releases money.</summary>
public enum OperationKind
{
    /// <summary>Charge a saved card with the patient absent (a fee).</summary>
    Charge,

    /// <summary>Try a declined fee again on the card on file.</summary>
    Retry,

    /// <summary>Take an authorized amount (a deposit once its booking committed).</summary>
    Capture,

    /// <summary>Give an authorization back (the card check; an authorization no booking claimed; a waived fee).</summary>
    Release,

    /// <summary>Give money back to the card, or as wallet credit.</summary>
    Refund,
}
