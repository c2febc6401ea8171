namespace Clinic.Wallet.Domain.Payments;

public enum OperationStatus
{
    /// <summary>Waiting for the payment worker (or retrying after the processor could not be reached).</summary>
    Pending,

    /// <summary>The processor answered; the outcome is on the payment.</summary>
    Done,

    /// <summary>The processor stayed unreachable after every attempt; staff see it and can retry.</summary>
    Stuck,
}
