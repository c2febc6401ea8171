using Clinic.Integrations.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Integrations.Features.Subscriptions.ListWebhookSubscriptions;

internal sealed class ListWebhookSubscriptionsHandler(IntegrationsDbContext db, TimeProvider clock)
    : IRequestHandler<ListWebhookSubscriptions, IReadOnlyList<WebhookSubscriptionResponse>>
{
    public async ValueTask<IReadOnlyList<WebhookSubscriptionResponse>> Handle(ListWebhookSubscriptions query, CancellationToken cancellationToken)
    {
        var subscriptions = await db.WebhookSubscriptions.AsNoTracking().ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return subscriptions.OrderByDescending(s => s.CreatedAt).Select(s => WebhookSubscriptionResponse.From(s, now)).ToList();
    }
}
