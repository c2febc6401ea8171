using Clinic.BuildingBlocks.Operations;
using Clinic.Integrations.Domain.Webhooks;
using Clinic.Integrations.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.Integrations.Delivery;

/// <summary>The webhook queue as operators see it: deliveries due now, how long the oldest has waited, and the failed ones.</summary>
internal sealed class WebhookBacklogSource : IBacklogSource
{
    public const string Queue = "integrations:webhooks";

    public async Task<IReadOnlyList<BacklogReading>> ReadAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var deliveries = services.GetRequiredService<IntegrationsDbContext>().WebhookDeliveries.AsNoTracking();
        var due = deliveries.Where(d => (d.Status == WebhookDeliveryStatus.Pending || d.Status == WebhookDeliveryStatus.Retrying || d.Status == WebhookDeliveryStatus.Sending)
                                        && d.NextAttemptAt <= now);
        var count = await due.LongCountAsync(cancellationToken);
        var oldest = count == 0 ? (DateTimeOffset?)null : await due.MinAsync(d => (DateTimeOffset?)d.CreatedAt, cancellationToken);
        var failed = await deliveries.LongCountAsync(d => d.Status == WebhookDeliveryStatus.Failed, cancellationToken);
        return [new BacklogReading(Queue, count, oldest is { } since && since < now ? now - since : TimeSpan.Zero, failed)];
    }
}
