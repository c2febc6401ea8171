using Clinic.BuildingBlocks.Errors;
using Clinic.Integrations.Delivery;
using Clinic.Integrations.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clinic.Integrations.Features.Subscriptions.RotateWebhookSecret;

internal sealed class RotateWebhookSecretHandler(IntegrationsDbContext db, WebhookSecrets secrets, IOptions<WebhookOptions> options, TimeProvider clock)
    : IRequestHandler<RotateWebhookSecret, RotatedWebhookSecret>
{
    public async ValueTask<RotatedWebhookSecret> Handle(RotateWebhookSecret command, CancellationToken cancellationToken)
    {
        var subscription = await db.WebhookSubscriptions.SingleOrDefaultAsync(s => s.Id == command.SubscriptionId, cancellationToken)
                           ?? throw new NotFoundException("Webhook subscription", command.SubscriptionId);
        var overlap = command.PreviousSecretValidForHours is { } hours ? TimeSpan.FromHours(hours) : options.Value.DefaultSecretOverlap;
        var secret = WebhookSecrets.New();
        var now = clock.GetUtcNow();
        subscription.RotateSecret(secrets.Protect(secret), WebhookSecrets.Hint(secret), overlap, now);
        await db.SaveChangesAsync(cancellationToken);
        return new RotatedWebhookSecret(WebhookSubscriptionResponse.From(subscription, now), secret);
    }
}
