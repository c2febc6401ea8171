using System.Text.Json.Serialization;
using Clinic.Wallet.Features.Views;
using Mediator;

namespace Clinic.Wallet.Features.Ledger.AdjustCredit;

/// <summary>
/// Staff add credit to a patient's wallet (a gift, goodwill) or take some away (a correction), with a reason (ST6).
/// The amount is always positive; <see cref="Kind"/> says which way it goes.
/// </summary>
public sealed record AdjustCredit(CreditAdjustment Kind, long AmountMinor, string Currency, string Reason) : IRequest<WalletView>
{
    [JsonIgnore]
    public Guid PatientId { get; init; }
}

public enum CreditAdjustment
{
    Gift,
    Goodwill,
    Deduction,
}
