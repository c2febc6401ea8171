using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;
using Clinic.Integrations.Domain.Webhooks;
using Clinic.Integrations.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Integrations.Features.Subscriptions.DisableWebhookSubscription;

internal sealed class DisableWebhookSubscriptionHandler(IntegrationsDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<DisableWebhookSubscription, WebhookSubscriptionResponse>
{
    public async ValueTask<WebhookSubscriptionResponse> Handle(DisableWebhookSubscription command, CancellationToken cancellationToken)
    {
        var subscription = await db.WebhookSubscriptions.SingleOrDefaultAsync(s => s.Id == command.SubscriptionId, cancellationToken)
                           ?? throw new NotFoundException("Webhook subscription", command.SubscriptionId);
        var now = clock.GetUtcNow();
        subscription.Disable($"Disabled by {user.DisplayName}.", now);
        var waiting = await db.WebhookDeliveries
            .Where(d => d.SubscriptionId == subscription.Id && (d.Status == WebhookDeliveryStatus.Pending || d.Status == WebhookDeliveryStatus.Retrying))
            .ToListAsync(cancellationToken);
        foreach (var delivery in waiting)
        {
            delivery.Cancel("The subscription was disabled by an Admin.");
        }

        await db.SaveChangesAsync(cancellationToken);
        return WebhookSubscriptionResponse.From(subscription, now);
    }
}
