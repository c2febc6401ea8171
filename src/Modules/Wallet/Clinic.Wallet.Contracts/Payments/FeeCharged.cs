using Clinic.BuildingBlocks.Abstractions;

namespace Clinic.Wallet.Contracts.Payments;

/// <summary>
/// A late-cancellation or no-show fee was settled: <see cref="ChargedMinor"/> taken from <see cref="Card"/> (none
/// when the deposit covered it all) and <see cref="CoveredByDepositMinor"/> kept from the visit's deposit.
/// Notifications sends the receipt.
/// </summary>
public sealed record FeeCharged(
    Guid PaymentId,
    string Purpose,
    PaymentRecipient Patient,
    PaymentVisit Visit,
    long ChargedMinor,
    long CoveredByDepositMinor,
    string Currency,
    PaymentCardLabel? Card) : IntegrationEvent;
