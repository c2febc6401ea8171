using System.Text.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Persistence;
using Clinic.Integrations.Catalog;
using Clinic.Integrations.Domain.Webhooks;
using Clinic.Integrations.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Integrations.Integration;

/// <summary>
/// Hears every integration event (one handler for all: the catalog decides which ones integrators see) and queues a
/// delivery per enabled subscription that asked for its type. The body is built and fixed here, once. A redelivered
/// event finds its deliveries already queued (unique per subscription and event) and adds nothing.
/// </summary>
internal sealed class QueueWebhookDeliveries(IntegrationsDbContext db, TimeProvider clock) : INotificationHandler<IIntegrationEvent>
{
    internal static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);

    public async ValueTask Handle(IIntegrationEvent notification, CancellationToken cancellationToken)
    {
        if (WebhookEventCatalog.For(notification.GetType()) is not { } definition)
        {
            return;
        }

        var subscriptions = (await db.WebhookSubscriptions.AsNoTracking().Where(s => s.IsEnabled).ToListAsync(cancellationToken))
            .Where(s => s.Wants(definition.Name))
            .ToList();
        if (subscriptions.Count == 0)
        {
            return;
        }

        var alreadyQueued = await db.WebhookDeliveries
            .Where(d => d.EventId == notification.EventId)
            .Select(d => d.SubscriptionId)
            .ToListAsync(cancellationToken);
        var payload = JsonSerializer.Serialize(
            new { type = definition.Name, timestamp = notification.OccurredAt, data = definition.DataOf(notification) }, PayloadJson);
        var now = clock.GetUtcNow();
        foreach (var subscription in subscriptions.Where(s => !alreadyQueued.Contains(s.Id)))
        {
            db.WebhookDeliveries.Add(WebhookDelivery.Queue(subscription.Id, notification.EventId, definition.Name, payload, now));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueConstraint.IsViolation(ex))
        {
            // Another instance queued the same event's deliveries at the same moment and committed first.
            db.ChangeTracker.Clear();
        }
    }
}
