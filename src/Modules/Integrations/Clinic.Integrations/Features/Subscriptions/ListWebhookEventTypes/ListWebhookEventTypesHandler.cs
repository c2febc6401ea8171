using Clinic.Integrations.Catalog;
using Mediator;

namespace Clinic.Integrations.Features.Subscriptions.ListWebhookEventTypes;

internal sealed class ListWebhookEventTypesHandler : IRequestHandler<ListWebhookEventTypes, IReadOnlyList<WebhookEventType>>
{
    public ValueTask<IReadOnlyList<WebhookEventType>> Handle(ListWebhookEventTypes query, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<WebhookEventType>>(WebhookEventCatalog.All.Select(e => new WebhookEventType(e.Name, e.Description)).ToList());
}
