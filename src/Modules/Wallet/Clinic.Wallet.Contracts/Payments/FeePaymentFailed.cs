using Clinic.BuildingBlocks.Abstractions;

namespace Clinic.Wallet.Contracts.Payments;

/// <summary>
/// A fee could not be charged to the card on file (declined, the bank wants the patient to authenticate, or no
/// card): Notifications emails the patient <see cref="PayUrl"/>, a single-purpose link to pay it.
/// <see cref="Reason"/> is a machine word ("insufficient_funds", "authentication_required", "no_card_on_file"…);
/// <see cref="NextRetryAt"/> says when the card will be tried again, if it will.
/// </summary>
public sealed record FeePaymentFailed(
    Guid PaymentId,
    string Purpose,
    PaymentRecipient Patient,
    PaymentVisit Visit,
    long AmountMinor,
    string Currency,
    string Reason,
    PaymentCardLabel? Card,
    string PayUrl,
    DateTimeOffset? NextRetryAt) : IntegrationEvent;
