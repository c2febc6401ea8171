using Clinic.BuildingBlocks.Abstractions;
using Clinic.Integrations.Delivery;
using Clinic.Integrations.Domain.Webhooks;
using Clinic.Integrations.Persistence;
using Mediator;

namespace Clinic.Integrations.Features.Subscriptions.CreateWebhookSubscription;

internal sealed class CreateWebhookSubscriptionHandler(
    IntegrationsDbContext db, WebhookSecrets secrets, WebhookTargetPolicy targets, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<CreateWebhookSubscription, CreatedWebhookSubscription>
{
    public async ValueTask<CreatedWebhookSubscription> Handle(CreateWebhookSubscription command, CancellationToken cancellationToken)
    {
        await targets.EnsureResolvesToPublicAddressAsync(command.Url, cancellationToken);
        var secret = WebhookSecrets.New();
        var now = clock.GetUtcNow();
        var subscription = WebhookSubscription.Create(command.Name, command.Url, command.EventTypes, secrets.Protect(secret), WebhookSecrets.Hint(secret), user.DisplayName, now);
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedWebhookSubscription(WebhookSubscriptionResponse.From(subscription, now), secret);
    }
}
