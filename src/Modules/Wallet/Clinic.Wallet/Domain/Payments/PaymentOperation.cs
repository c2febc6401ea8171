namespace Clinic.Wallet.Domain.Payments;

/// <summary>
/// One money action to perform with the processor, queued in the same transaction as the decision to perform
/// it. <see cref="Key"/> is unique in the database and is the processor's idempotency key: a duplicated event,
/// a double click or two hosts racing end in one row and one effect. The payment worker claims an operation with
/// a lock token and lease (like the outbox), so only one instance calls the processor at a time.
/// </summary>
internal sealed class PaymentOperation
{
    private PaymentOperation() { }

    public Guid Id { get; private set; }

    public string Key { get; private set; } = "";

    public Guid PaymentId { get; private set; }

    public OperationKind Kind { get; private set; }

    public long AmountMinor { get; private set; }

    /// <summary>A refund given as wallet credit instead of back to the card.</summary>
    public bool AsCredit { get; private set; }

    /// <summary>
    /// A refund already booked against the payment when it was asked for (staff refunds, so two at once cannot
    /// exceed what was taken); an automatic one (a deposit given back) is booked when it is performed.
    /// </summary>
    public bool Booked { get; private set; }

    public string? Reason { get; private set; }

    public string Actor { get; private set; } = "";

    public OperationStatus Status { get; private set; }

    /// <summary>What the processor said, in a few words for staff ("succeeded", "declined: insufficient_funds"…).</summary>
    public string? Outcome { get; private set; }

    public string? GatewayReference { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    public Guid? LockToken { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public static PaymentOperation Queue(
        string key, Guid paymentId, OperationKind kind, long amountMinor, string actor, DateTimeOffset now, DateTimeOffset? notBefore = null,
        string? reason = null, bool asCredit = false, bool booked = false) => new()
    {
        Id = Guid.NewGuid(),
        Key = key,
        PaymentId = paymentId,
        Kind = kind,
        AmountMinor = amountMinor,
        AsCredit = asCredit,
        Booked = booked,
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        Actor = actor,
        Status = OperationStatus.Pending,
        NextAttemptAt = notBefore ?? now,
        CreatedAt = now,
    };

    /// <summary>An automatic refund performed for less than asked (only what is left of the payment).</summary>
    public void BookAt(long amountMinor)
    {
        AmountMinor = amountMinor;
        Booked = true;
    }

    public void Complete(string outcome, string? gatewayReference, DateTimeOffset now)
    {
        Status = OperationStatus.Done;
        Outcome = outcome.Length <= 200 ? outcome : outcome[..200];
        GatewayReference = gatewayReference;
        CompletedAt = now;
        LastError = null;
        Unlock();
    }

    /// <summary>Not yet possible (a refund of a deposit whose capture is still on its way): look again shortly, without counting an attempt.</summary>
    public void Postpone(DateTimeOffset until)
    {
        NextAttemptAt = until;
        Unlock();
    }

    public void Fail(string error, DateTimeOffset nextAttemptAt, int maxAttempts)
    {
        Attempts++;
        LastError = error.Length <= 2000 ? error : error[..2000];
        if (Attempts >= maxAttempts)
        {
            Status = OperationStatus.Stuck;
        }

        NextAttemptAt = nextAttemptAt;
        Unlock();
    }

    /// <summary>Staff asked to try a stuck operation again.</summary>
    public void Requeue(DateTimeOffset now)
    {
        Status = OperationStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
    }

    private void Unlock()
    {
        LockToken = null;
        LockedUntil = null;
    }
}
