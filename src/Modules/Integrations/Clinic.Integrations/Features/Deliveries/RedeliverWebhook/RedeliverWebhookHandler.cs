using Clinic.BuildingBlocks.Errors;
using Clinic.Integrations.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Integrations.Features.Deliveries.RedeliverWebhook;

internal sealed class RedeliverWebhookHandler(IntegrationsDbContext db, TimeProvider clock) : IRequestHandler<RedeliverWebhook, WebhookDeliveryResponse>
{
    public async ValueTask<WebhookDeliveryResponse> Handle(RedeliverWebhook command, CancellationToken cancellationToken)
    {
        var delivery = await db.WebhookDeliveries.SingleOrDefaultAsync(d => d.Id == command.DeliveryId, cancellationToken)
                       ?? throw new NotFoundException("Webhook delivery", command.DeliveryId);
        var subscription = await db.WebhookSubscriptions.SingleAsync(s => s.Id == delivery.SubscriptionId, cancellationToken);
        if (!subscription.IsEnabled)
        {
            throw new ConflictException($"The subscription '{subscription.Name}' is disabled. Enable it first, then redeliver.");
        }

        if (!delivery.CanRedeliver)
        {
            throw new ConflictException("This delivery is being sent right now. Wait for the attempt to finish.");
        }

        delivery.Redeliver(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return WebhookDeliveryResponse.From(delivery, subscription.Name);
    }
}
