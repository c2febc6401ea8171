using Clinic.BuildingBlocks.Abstractions;

namespace Clinic.Wallet.Contracts.Payments;

/// <summary>A booking's deposit was taken from the card the patient gave: Notifications sends the receipt.</summary>
public sealed record DepositReceived(
    Guid PaymentId,
    PaymentRecipient Patient,
    IReadOnlyList<PaymentVisit> Visits,
    long AmountMinor,
    string Currency,
    PaymentCardLabel Card) : IntegrationEvent;
