using Clinic.BuildingBlocks.Abstractions;

namespace Clinic.Wallet.Contracts.Payments;

/// <summary>
/// Money went back to the patient: to <see cref="Card"/>, or into their wallet when <see cref="AsCredit"/>.
/// Notifications tells the patient.
/// </summary>
public sealed record PaymentRefunded(
    Guid PaymentId,
    string Purpose,
    PaymentRecipient Patient,
    PaymentVisit? Visit,
    long RefundedMinor,
    string Currency,
    bool AsCredit,
    PaymentCardLabel? Card,
    string? Reason) : IntegrationEvent;
