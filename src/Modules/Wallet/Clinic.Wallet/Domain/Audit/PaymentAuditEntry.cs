namespace Clinic.Wallet.Domain.Audit;

/// <summary>
/// One line of the money audit trail: who did what to which payment or wallet, for how much and why. Rows are
/// only ever added (no code path updates or deletes them).
/// </summary>
internal sealed class PaymentAuditEntry
{
    private PaymentAuditEntry() { }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Actor { get; private set; } = "";

    /// <summary>e.g. "fee.charged", "fee.declined", "refund.requested", "credit.added", "package.assigned".</summary>
    public string Action { get; private set; } = "";

    public Guid? PatientId { get; private set; }

    public Guid? PaymentId { get; private set; }

    public long? AmountMinor { get; private set; }

    public string? Currency { get; private set; }

    public string? Reason { get; private set; }

    public string? Details { get; private set; }

    public static PaymentAuditEntry Record(
        DateTimeOffset at, string actor, string action, Guid? patientId, Guid? paymentId, long? amountMinor, string? currency, string? reason, string? details = null) => new()
    {
        At = at,
        Actor = actor,
        Action = action,
        PatientId = patientId,
        PaymentId = paymentId,
        AmountMinor = amountMinor,
        Currency = currency,
        Reason = reason,
        Details = details is { Length: > 500 } ? details[..500] : details,
    };
}
