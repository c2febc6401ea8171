using System.Text.Json.Serialization;
using Clinic.Wallet.Features.Views;
using Mediator;

namespace Clinic.Wallet.Features.Staff.RefundPayment;

/// <summary>
/// Gives back all or part of a payment that was taken, with a reason: to the card, or into the patient's wallet
/// when <see cref="AsCredit"/>. At most what was taken and not yet refunded; in the payment's currency.
/// </summary>
public sealed record RefundPayment(long AmountMinor, string Currency, string Reason, bool AsCredit) : IRequest<PaymentView>
{
    [JsonIgnore]
    public Guid PaymentId { get; init; }
}
