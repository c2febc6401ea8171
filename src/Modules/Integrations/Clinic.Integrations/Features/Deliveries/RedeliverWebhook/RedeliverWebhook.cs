using Mediator;

namespace Clinic.Integrations.Features.Deliveries.RedeliverWebhook;

/// <summary>Sends a delivery again, soon, with the same webhook-id and body and a fresh set of attempts.</summary>
public sealed record RedeliverWebhook(Guid DeliveryId) : IRequest<WebhookDeliveryResponse>;
