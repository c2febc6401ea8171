using Clinic.Integrations.Domain.Webhooks;
using Mediator;

namespace Clinic.Integrations.Features.Deliveries.ListWebhookDeliveries;

/// <summary>The webhook delivery log, newest first, optionally for one subscription and one status.</summary>
public sealed record ListWebhookDeliveries(Guid? SubscriptionId, WebhookDeliveryStatus? Status, int Skip, int Take) : IRequest<WebhookDeliveryPage>;

/// <summary>One page of the delivery log.</summary>
/// <param name="Items">The deliveries on this page, newest first.</param>
/// <param name="Total">How many deliveries match the filters in all.</param>
public sealed record WebhookDeliveryPage(IReadOnlyList<WebhookDeliveryResponse> Items, int Total);
