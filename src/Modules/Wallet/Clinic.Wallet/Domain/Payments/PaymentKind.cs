namespace Clinic.Wallet.Domain.Payments;

/// <summary>What a payment is for; each kind is keyed by what it belongs to, so it can exist once only.</summary>
public enum PaymentKind
{
    /// <summary>Authorized at booking, captured when the booking commits (key <c>deposit:{holdKey}</c>).</summary>
    Deposit,

    /// <summary>The card check of OB9: authorized at booking and released (key <c>cardcheck:{holdKey}</c>).</summary>
    CardCheck,

    /// <summary>Charged off-session after a late cancellation (key <c>latefee:{appointment}</c>).</summary>
    LateCancellationFee,

    /// <summary>Charged off-session after a no-show (key <c>noshow:{appointment}</c>).</summary>
    NoShowFee,
}
