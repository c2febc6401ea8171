using Clinic.Wallet.Adapters.Payments;
using Clinic.Wallet.Contracts.Payments;
using Clinic.Wallet.Domain.Audit;
using Clinic.Wallet.Domain.Ledger;
using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clinic.Wallet.Processing;

/// <summary>
/// Performs one claimed <see cref="PaymentOperation"/> with the card processor, using the operation's key as
/// the idempotency key, and records the outcome on the payment (plus audit line and patient message) in the
/// caller's unit of work. A processor that cannot be reached throws <see cref="PaymentGatewayUnavailableException"/>;
/// the caller schedules another attempt with the same key.
/// </summary>
internal sealed class PaymentOperationExecutor(
    WalletDbContext db, IPaymentGateway gateway, PaymentOutcomes outcomes, IOptions<PaymentsOptions> options, TimeProvider clock)
{
    /// <summary>Reasons worth trying the same card again for later; the others need the patient.</summary>
    private static readonly HashSet<string> RetryableReasons = [DeclineReasons.Declined, DeclineReasons.InsufficientFunds, DeclineReasons.ProcessingError];

    public async Task ExecuteAsync(PaymentOperation operation, Payment payment, CancellationToken cancellationToken)
    {
        switch (operation.Kind)
        {
            case OperationKind.Charge:
            case OperationKind.Retry:
                await ChargeAsync(operation, payment, cancellationToken);
                break;
            case OperationKind.Capture:
                await CaptureAsync(operation, payment, cancellationToken);
                break;
            case OperationKind.Release:
                await ReleaseAsync(operation, payment, cancellationToken);
                break;
            case OperationKind.Refund:
                await RefundAsync(operation, payment, cancellationToken);
                break;
            default:
                throw new InvalidOperationException($"Unknown payment operation {operation.Kind}.");
        }
    }

    private async Task ChargeAsync(PaymentOperation operation, Payment payment, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (payment.Status is PaymentStatus.Succeeded or PaymentStatus.Waived or PaymentStatus.Released)
        {
            Complete(operation, payment, $"skipped: the fee is {payment.Status.ToString().ToLowerInvariant()}", null);
            return;
        }

        if (payment.GatewayPaymentId is { } earlier && await SettledMeanwhileAsync(operation, payment, earlier, cancellationToken))
        {
            return;
        }

        var card = payment.PatientId is { } patientId ? await PatientCards.ChargeableAsync(db, patientId, now, cancellationToken) : null;
        if (card is null)
        {
            payment.CountAttempt(nextRetryAt: null);
            outcomes.Apply(payment, payment.FailWithoutCard(now), operation.Actor);
            Complete(operation, payment, "no card on file", null);
            return;
        }

        payment.UseCard(card.Id, card.Brand, card.Last4);
        var request = new GatewayPaymentRequest(payment.ToChargeMinor, payment.Currency, card.GatewayCustomerId, card.GatewayPaymentMethodId,
            Describe(payment), payment.Id.ToString());
        var result = await gateway.ChargeOffSessionAsync(request, operation.Key, cancellationToken);
        var retryAt = result.Failure is { } failure && RetryableReasons.Contains(failure.Reason) && payment.Attempts < options.Value.FeeRetryDelays.Length
            ? now + options.Value.FeeRetryDelays[payment.Attempts]
            : (DateTimeOffset?)null;
        payment.CountAttempt(result.Status == GatewayPaymentStatus.Succeeded ? null : retryAt);
        var change = payment.Record(result, now);
        payment.AdoptGatewayPayment(result.Id);
        outcomes.Apply(payment, change, operation.Actor);
        if (retryAt is { } at && payment.Status == PaymentStatus.Failed)
        {
            db.PaymentOperations.Add(PaymentOperation.Queue($"{payment.Key}:attempt:{payment.Attempts + 1}", payment.Id, OperationKind.Retry,
                payment.ToChargeMinor, "system", now, notBefore: at));
        }

        Complete(operation, payment, Describe(result), result.Id);
    }

    /// <summary>
    /// Before trying a fee again, the earlier attempt is looked at: the patient may have paid it through the link
    /// meanwhile. If not, it is cancelled, so that only the new attempt can ever take the money.
    /// </summary>
    private async Task<bool> SettledMeanwhileAsync(PaymentOperation operation, Payment payment, string earlier, CancellationToken cancellationToken)
    {
        var current = await gateway.GetPaymentAsync(earlier, cancellationToken);
        if (current.Status == GatewayPaymentStatus.Succeeded)
        {
            outcomes.Apply(payment, payment.Record(current, clock.GetUtcNow()), operation.Actor);
            Complete(operation, payment, "skipped: already paid", earlier);
            return true;
        }

        if (current.Status != GatewayPaymentStatus.Canceled)
        {
            var cancelled = await gateway.CancelAsync(earlier, $"{operation.Key}:void", cancellationToken);
            if (cancelled.Status == GatewayPaymentStatus.Succeeded)
            {
                outcomes.Apply(payment, payment.Record(cancelled, clock.GetUtcNow()), operation.Actor);
                Complete(operation, payment, "skipped: already paid", earlier);
                return true;
            }
        }

        payment.ForgetGatewayPayment();
        return false;
    }

    private async Task CaptureAsync(PaymentOperation operation, Payment payment, CancellationToken cancellationToken)
    {
        if (payment.Status != PaymentStatus.Authorized || payment.GatewayPaymentId is not { } intent)
        {
            Complete(operation, payment, $"skipped: the payment is {payment.Status.ToString().ToLowerInvariant()}", null);
            return;
        }

        var result = await gateway.CaptureAsync(intent, operation.AmountMinor, operation.Key, cancellationToken);
        var change = payment.Record(result, clock.GetUtcNow());
        outcomes.Apply(payment, change, operation.Actor);
        if (change.BecameSucceeded && payment.Kind == PaymentKind.Deposit)
        {
            await outcomes.DepositCapturedAsync(payment, cancellationToken);
        }

        Complete(operation, payment, Describe(result), result.Id);
    }

    private async Task ReleaseAsync(PaymentOperation operation, Payment payment, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (payment.GatewayPaymentId is not { } intent)
        {
            if (payment.Status is PaymentStatus.Pending or PaymentStatus.Failed or PaymentStatus.RequiresAction)
            {
                payment.ReleaseWithoutGateway(now);
            }

            Complete(operation, payment, "nothing held", null);
            return;
        }

        if (payment.Status is PaymentStatus.Succeeded or PaymentStatus.Released)
        {
            Complete(operation, payment, $"skipped: the payment is {payment.Status.ToString().ToLowerInvariant()}", intent);
            return;
        }

        var result = await gateway.CancelAsync(intent, operation.Key, cancellationToken);
        outcomes.Apply(payment, payment.Record(result, now), operation.Actor);
        Complete(operation, payment, Describe(result), result.Id);
    }

    private async Task RefundAsync(PaymentOperation operation, Payment payment, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!operation.Booked)
        {
            if (payment.Status is PaymentStatus.Authorized or PaymentStatus.Pending)
            {
                // The deposit's capture is still on its way: give it back once it has been taken.
                operation.Postpone(now.AddSeconds(30));
                return;
            }

            var amount = Math.Min(operation.AmountMinor, payment.Status == PaymentStatus.Succeeded ? payment.RefundableMinor : 0);
            if (amount <= 0)
            {
                Complete(operation, payment, $"nothing to refund: the payment is {payment.Status.ToString().ToLowerInvariant()}", null);
                return;
            }

            payment.Refund(amount, payment.Currency, now);
            operation.BookAt(amount);
        }

        if (operation.AsCredit)
        {
            await CreditAsync(operation, payment, now, cancellationToken);
            outcomes.Refunded(payment, operation, null);
            Complete(operation, payment, "credited to the wallet", null);
            return;
        }

        var result = await gateway.RefundAsync(payment.GatewayPaymentId!, operation.AmountMinor, operation.Key, cancellationToken);
        if (!result.Succeeded)
        {
            payment.UndoRefund(operation.AmountMinor, now);
            db.Audit.Add(PaymentAuditEntry.Record(now, operation.Actor, "refund.refused", payment.PatientId, payment.Id, operation.AmountMinor, payment.Currency,
                operation.Reason, result.FailureMessage));
            Complete(operation, payment, $"refused: {result.FailureMessage}", result.Id);
            return;
        }

        outcomes.Refunded(payment, operation, PaymentOutcomes.Card(payment));
        Complete(operation, payment, "refunded", result.Id);
    }

    private async Task CreditAsync(PaymentOperation operation, Payment payment, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var patientId = payment.PatientId ?? throw new InvalidOperationException("A refund as credit needs the payment's patient.");
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.PatientId == patientId, cancellationToken);
        if (account is null)
        {
            account = WalletAccount.Open(patientId, payment.Currency);
            db.Accounts.Add(account);
        }

        db.Entries.Add(account.Add(WalletEntryKind.RefundCredit, operation.AmountMinor, payment.Currency, $"Refund of {PaymentOutcomes.Purpose(payment.Kind)}",
            operation.Reason, operation.Actor, now, payment.Id));
    }

    private void Complete(PaymentOperation operation, Payment payment, string outcome, string? reference)
    {
        var now = clock.GetUtcNow();
        operation.Complete(outcome, reference, now);
        db.Audit.Add(PaymentAuditEntry.Record(now, operation.Actor, $"operation.{operation.Kind.ToString().ToLowerInvariant()}", payment.PatientId, payment.Id,
            operation.AmountMinor, payment.Currency, operation.Reason, $"{operation.Key}: {outcome}"));
    }

    private static string Describe(GatewayPayment result) => result is { Failure: { } failure, Status: not (GatewayPaymentStatus.Canceled or GatewayPaymentStatus.Succeeded) }
        ? $"{result.Status.ToString().ToLowerInvariant()}: {failure.Reason}"
        : result.Status.ToString().ToLowerInvariant();

    /// <summary>What the clinic's processor dashboard shows: the purpose and the visit date, nothing personal.</summary>
    private static string Describe(Payment payment) => payment.Appointment is { } visit
        ? $"{PaymentOutcomes.Purpose(payment.Kind)} · {visit.StartsAt:yyyy-MM-dd}"
        : PaymentOutcomes.Purpose(payment.Kind);
}
