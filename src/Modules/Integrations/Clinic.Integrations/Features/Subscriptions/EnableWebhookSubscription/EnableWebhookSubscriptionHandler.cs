using Clinic.BuildingBlocks.Errors;
using Clinic.Integrations.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Integrations.Features.Subscriptions.EnableWebhookSubscription;

internal sealed class EnableWebhookSubscriptionHandler(IntegrationsDbContext db, TimeProvider clock)
    : IRequestHandler<EnableWebhookSubscription, WebhookSubscriptionResponse>
{
    public async ValueTask<WebhookSubscriptionResponse> Handle(EnableWebhookSubscription command, CancellationToken cancellationToken)
    {
        var subscription = await db.WebhookSubscriptions.SingleOrDefaultAsync(s => s.Id == command.SubscriptionId, cancellationToken)
                           ?? throw new NotFoundException("Webhook subscription", command.SubscriptionId);
        var now = clock.GetUtcNow();
        subscription.Enable();
        await db.SaveChangesAsync(cancellationToken);
        return WebhookSubscriptionResponse.From(subscription, now);
    }
}
