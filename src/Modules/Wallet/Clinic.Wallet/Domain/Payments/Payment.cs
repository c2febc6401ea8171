using Clinic.BuildingBlocks.Errors;
using Clinic.Wallet.Adapters.Payments;

namespace Clinic.Wallet.Domain.Payments;

/// <summary>
/// One amount the clinic asks of a patient's card: a deposit, the card check, or a fee. <see cref="Key"/> names
/// what it is for and is unique in the database, so a redelivered event or a second host cannot create a second
/// one; the same key is the idempotency key of the processor call, so the processor cannot act twice either.
/// </summary>
internal sealed class Payment
{
    private Payment() { }

    public Guid Id { get; private set; }

    public string Key { get; private set; } = "";

    public PaymentKind Kind { get; private set; }

    public PaymentStatus Status { get; private set; }

    public Guid? PatientId { get; private set; }

    public Guid? AppointmentId { get; private set; }

    /// <summary>The booking checkout (hold group) a deposit or card check belongs to.</summary>
    public Guid? CheckoutId { get; private set; }

    public long AmountMinor { get; private set; }

    public string Currency { get; private set; } = "";

    /// <summary>What was actually taken from the card.</summary>
    public long CapturedMinor { get; private set; }

    /// <summary>Part of a fee kept from the visit's deposit instead of charged to the card.</summary>
    public long CoveredByDepositMinor { get; private set; }

    /// <summary>What the card is asked for: the amount less what the deposit covered.</summary>
    public long ToChargeMinor => AmountMinor - CoveredByDepositMinor;

    /// <summary>What was given back (to the card or as wallet credit).</summary>
    public long RefundedMinor { get; private set; }

    public Guid? CardId { get; private set; }

    public string? CardBrand { get; private set; }

    public string? CardLast4 { get; private set; }

    public string? GatewayPaymentId { get; private set; }

    /// <summary>One of <see cref="DeclineReasons"/> while the payment failed or needs the patient.</summary>
    public string? FailureReason { get; private set; }

    public string? FailureMessage { get; private set; }

    /// <summary>SHA-256 of the secret in the pay link emailed to the patient; the link itself is never stored.</summary>
    public string? PayLinkHash { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset? NextRetryAt { get; private set; }

    public PaymentPatientSnapshot Patient { get; private set; } = PaymentPatientSnapshot.Unknown;

    public PaymentAppointmentSnapshot? Appointment { get; private set; }

    public string? WaiveReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Bumped by every change: two hosts recording outcomes at once cannot both win.</summary>
    public int Revision { get; private set; }

    public bool IsFee => Kind is PaymentKind.LateCancellationFee or PaymentKind.NoShowFee;

    /// <summary>A fee still owed: staff see it as "fee outstanding".</summary>
    public bool IsOutstanding => IsFee && Status is PaymentStatus.Pending or PaymentStatus.Failed or PaymentStatus.RequiresAction;

    public bool IsHeld => Status == PaymentStatus.Authorized;

    public long RefundableMinor => CapturedMinor - RefundedMinor;

    public static string LateFeeKey(Guid appointmentId) => $"latefee:{appointmentId}";

    public static string NoShowFeeKey(Guid appointmentId) => $"noshow:{appointmentId}";

    public static Payment ForFee(
        PaymentKind kind, Guid patientId, PaymentPatientSnapshot patient, PaymentAppointmentSnapshot appointment, long amountMinor, string currency, DateTimeOffset now,
        long coveredByDepositMinor = 0)
    {
        if (kind is not (PaymentKind.LateCancellationFee or PaymentKind.NoShowFee))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a fee.");
        }

        return new Payment
        {
            Id = Guid.NewGuid(),
            Key = kind == PaymentKind.LateCancellationFee ? LateFeeKey(appointment.AppointmentId) : NoShowFeeKey(appointment.AppointmentId),
            Kind = kind,
            Status = PaymentStatus.Pending,
            PatientId = patientId,
            AppointmentId = appointment.AppointmentId,
            AmountMinor = Positive(amountMinor),
            CoveredByDepositMinor = Math.Clamp(coveredByDepositMinor, 0, amountMinor),
            Currency = currency.ToUpperInvariant(),
            Patient = patient,
            Appointment = appointment,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>The deposit covered the whole fee: settled without asking the card for anything.</summary>
    public PaymentChange SettleFromDeposit(DateTimeOffset now)
    {
        var before = Status;
        Status = PaymentStatus.Succeeded;
        Touch(now);
        return new PaymentChange(before, Status);
    }

    public static Payment ForAuthorization(
        PaymentKind kind, string key, Guid checkoutId, Guid? patientId, PaymentPatientSnapshot patient, long amountMinor, string currency, DateTimeOffset now)
    {
        if (kind is not (PaymentKind.Deposit or PaymentKind.CardCheck))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an authorization.");
        }

        return new Payment
        {
            Id = Guid.NewGuid(),
            Key = key,
            Kind = kind,
            Status = PaymentStatus.Pending,
            PatientId = patientId,
            CheckoutId = checkoutId,
            AmountMinor = Positive(amountMinor),
            Currency = currency.ToUpperInvariant(),
            Patient = patient,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>Staff merged the patient's duplicate profile into another: the payment follows.</summary>
    public void MoveToPatient(Guid patientId, DateTimeOffset now)
    {
        PatientId = patientId;
        Touch(now);
    }

    public void UseCard(Guid cardId, string brand, string last4)
    {
        CardId = cardId;
        CardBrand = brand;
        CardLast4 = last4;
    }

    /// <summary>The booking committed for this patient: a guest's deposit now belongs to their profile.</summary>
    public void AssignTo(Guid patientId, PaymentPatientSnapshot patient, PaymentAppointmentSnapshot? appointment, DateTimeOffset now)
    {
        PatientId = patientId;
        Patient = patient;
        Appointment ??= appointment;
        Touch(now);
    }

    /// <summary>
    /// Takes in what the processor says about the payment and returns what changed, so the caller announces a
    /// success or a failure exactly once (only the call that moves the payment into that state sees it).
    /// </summary>
    public PaymentChange Record(GatewayPayment result, DateTimeOffset now)
    {
        var before = Status;
        GatewayPaymentId ??= result.Id;
        Status = result.Status switch
        {
            GatewayPaymentStatus.Succeeded => PaymentStatus.Succeeded,
            GatewayPaymentStatus.RequiresCapture => PaymentStatus.Authorized,
            GatewayPaymentStatus.Canceled => Status == PaymentStatus.Waived ? PaymentStatus.Waived : PaymentStatus.Released,
            GatewayPaymentStatus.RequiresAction => PaymentStatus.RequiresAction,
            GatewayPaymentStatus.Processing or GatewayPaymentStatus.RequiresConfirmation => Status,
            _ when result.Failure?.Reason == DeclineReasons.AuthenticationRequired => PaymentStatus.RequiresAction,
            _ when result.Failure is not null => PaymentStatus.Failed,
            _ => Status,
        };
        if (Status == PaymentStatus.Waived && before == PaymentStatus.Waived)
        {
            Touch(now);
            return new PaymentChange(before, Status);
        }

        if (Status == PaymentStatus.Succeeded)
        {
            CapturedMinor = Math.Max(CapturedMinor, result.AmountReceived);
            FailureReason = null;
            FailureMessage = null;
            NextRetryAt = null;
        }
        else if (Status is PaymentStatus.Failed or PaymentStatus.RequiresAction)
        {
            FailureReason = result.Failure?.Reason ?? (Status == PaymentStatus.RequiresAction ? DeclineReasons.AuthenticationRequired : DeclineReasons.Declined);
            FailureMessage = result.Failure?.Message;
        }
        else if (Status == PaymentStatus.Authorized)
        {
            FailureReason = null;
            FailureMessage = null;
        }

        Touch(now);
        return new PaymentChange(before, Status);
    }

    /// <summary>No card on file could be charged: the fee is outstanding until the patient pays through the link.</summary>
    public PaymentChange FailWithoutCard(DateTimeOffset now)
    {
        var before = Status;
        Status = PaymentStatus.Failed;
        FailureReason = DeclineReasons.NoCardOnFile;
        FailureMessage = "There is no card on file to charge.";
        Touch(now);
        return new PaymentChange(before, Status);
    }

    public void CountAttempt(DateTimeOffset? nextRetryAt)
    {
        Attempts++;
        NextRetryAt = nextRetryAt;
    }

    public void IssuePayLink(string tokenHash) => PayLinkHash = tokenHash;

    /// <summary>A new attempt replaced the processor's payment (the earlier one was cancelled first).</summary>
    public void AdoptGatewayPayment(string gatewayPaymentId) => GatewayPaymentId = gatewayPaymentId;

    public void ForgetGatewayPayment() => GatewayPaymentId = null;

    public void Waive(string reason, DateTimeOffset now)
    {
        if (!IsOutstanding)
        {
            throw new ConflictException(Status == PaymentStatus.Succeeded
                ? "This fee has already been paid; refund it instead."
                : $"Only an outstanding fee can be waived; this payment is {Status.ToString().ToLowerInvariant()}.");
        }

        Status = PaymentStatus.Waived;
        WaiveReason = reason.Trim();
        NextRetryAt = null;
        Touch(now);
    }

    /// <summary>Books a refund against what was taken; a refund above what is left is refused with the amount that is.</summary>
    public void Refund(long amountMinor, string currency, DateTimeOffset now)
    {
        if (!string.Equals(currency, Currency, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException($"This payment is in {Currency}; a refund must be in {Currency} too.");
        }

        if (Status != PaymentStatus.Succeeded || CapturedMinor == 0)
        {
            throw new BusinessRuleException("Only a payment that was taken can be refunded.");
        }

        if (amountMinor > RefundableMinor)
        {
            throw new BusinessRuleException($"At most {RefundableMinor} (minor units of {Currency}) of this payment can still be refunded.");
        }

        RefundedMinor += amountMinor;
        Touch(now);
    }

    /// <summary>The processor refused a refund already booked: the amount becomes refundable again.</summary>
    public void UndoRefund(long amountMinor, DateTimeOffset now)
    {
        RefundedMinor = Math.Max(0, RefundedMinor - amountMinor);
        Touch(now);
    }

    public void ReleaseWithoutGateway(DateTimeOffset now)
    {
        Status = PaymentStatus.Released;
        Touch(now);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Revision++;
    }

    private static long Positive(long amountMinor) =>
        amountMinor > 0 ? amountMinor : throw new ArgumentOutOfRangeException(nameof(amountMinor), amountMinor, "A payment is for a positive amount.");
}

internal readonly record struct PaymentChange(PaymentStatus Before, PaymentStatus After)
{
    public bool BecameSucceeded => Before != PaymentStatus.Succeeded && After == PaymentStatus.Succeeded;

    public bool BecameAuthorized => Before != PaymentStatus.Authorized && After == PaymentStatus.Authorized;

    public bool BecameUnpaid => Before is not (PaymentStatus.Failed or PaymentStatus.RequiresAction)
                                && After is PaymentStatus.Failed or PaymentStatus.RequiresAction;
}
