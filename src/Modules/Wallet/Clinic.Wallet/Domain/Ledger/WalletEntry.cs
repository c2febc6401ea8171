namespace Clinic.Wallet.Domain.Ledger;

/// <summary>
/// One line of a patient's wallet ledger. The ledger is append-only: a correction is a new line, never an edit.
/// Lines written by automatic use (a completed visit) carry a unique <see cref="Key"/>, so a redelivered event
/// cannot use the same credit or session twice.
/// </summary>
internal sealed class WalletEntry
{
    private WalletEntry() { }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    /// <summary>The line's place in the patient's ledger (1, 2, 3…): lines written in the same instant still read in order.</summary>
    public int Number { get; private set; }

    public DateTimeOffset At { get; private set; }

    public WalletEntryKind Kind { get; private set; }

    /// <summary>Credit added (positive) or taken (negative); zero for package lines.</summary>
    public long AmountMinor { get; private set; }

    public string Currency { get; private set; } = "";

    /// <summary>The credit balance right after this line.</summary>
    public long BalanceAfterMinor { get; private set; }

    public Guid? PackageId { get; private set; }

    public Guid? ServiceId { get; private set; }

    /// <summary>Sessions added (assignment) or used (negative).</summary>
    public int Sessions { get; private set; }

    public Guid? AppointmentId { get; private set; }

    public Guid? PaymentId { get; private set; }

    public string Description { get; private set; } = "";

    public string? Reason { get; private set; }

    public string Actor { get; private set; } = "";

    public string? Key { get; private set; }

    public static WalletEntry Credit(
        Guid patientId, int number, WalletEntryKind kind, long signedAmountMinor, string currency, long balanceAfter, string description, string? reason, string actor,
        DateTimeOffset now, Guid? appointmentId = null, Guid? paymentId = null, string? key = null) => new()
    {
        Id = Guid.NewGuid(),
        PatientId = patientId,
        Number = number,
        At = now,
        Kind = kind,
        AmountMinor = signedAmountMinor,
        Currency = currency,
        BalanceAfterMinor = balanceAfter,
        Description = description,
        Reason = reason,
        Actor = actor,
        AppointmentId = appointmentId,
        PaymentId = paymentId,
        Key = key,
    };

    public static WalletEntry Package(
        Guid patientId, int number, WalletEntryKind kind, Guid packageId, Guid? serviceId, int sessions, string currency, long balance, string description, string? reason,
        string actor, DateTimeOffset now, Guid? appointmentId = null, string? key = null) => new()
    {
        Id = Guid.NewGuid(),
        PatientId = patientId,
        Number = number,
        At = now,
        Kind = kind,
        Currency = currency,
        BalanceAfterMinor = balance,
        PackageId = packageId,
        ServiceId = serviceId,
        Sessions = sessions,
        Description = description,
        Reason = reason,
        Actor = actor,
        AppointmentId = appointmentId,
        Key = key,
    };
}
