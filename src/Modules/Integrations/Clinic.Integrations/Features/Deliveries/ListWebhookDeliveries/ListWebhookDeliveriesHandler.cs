using Clinic.Integrations.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Integrations.Features.Deliveries.ListWebhookDeliveries;

internal sealed class ListWebhookDeliveriesHandler(IntegrationsDbContext db) : IRequestHandler<ListWebhookDeliveries, WebhookDeliveryPage>
{
    public async ValueTask<WebhookDeliveryPage> Handle(ListWebhookDeliveries query, CancellationToken cancellationToken)
    {
        var deliveries = db.WebhookDeliveries.AsNoTracking();
        if (query.SubscriptionId is { } subscriptionId)
        {
            deliveries = deliveries.Where(d => d.SubscriptionId == subscriptionId);
        }

        if (query.Status is { } status)
        {
            deliveries = deliveries.Where(d => d.Status == status);
        }

        var total = await deliveries.CountAsync(cancellationToken);
        var page = await deliveries.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Skip(query.Skip).Take(query.Take).ToListAsync(cancellationToken);
        var names = await db.WebhookSubscriptions.AsNoTracking().Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        return new WebhookDeliveryPage(page.Select(d => WebhookDeliveryResponse.From(d, names.GetValueOrDefault(d.SubscriptionId, ""))).ToList(), total);
    }
}
