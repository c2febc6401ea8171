using Clinic.BuildingBlocks.Abstractions;

namespace Clinic.Wallet.Contracts.Payments;

/// <summary>
/// The card processor told us something happened (a verified webhook, stored once by its id). Wallet itself
/// consumes it through the outbox, so a webhook is answered at once and acted on reliably.
/// </summary>
public sealed record PaymentGatewayEventReceived(string Gateway, string GatewayEventId, string Type, string? PaymentId) : IntegrationEvent;
