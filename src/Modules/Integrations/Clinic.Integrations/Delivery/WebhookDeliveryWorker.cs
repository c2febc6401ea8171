using Clinic.BuildingBlocks.Background;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Clinic.Integrations.Delivery;

/// <summary>Runs <see cref="WebhookDeliveryProcessor"/> for the life of the host, on every instance.</summary>
internal sealed class WebhookDeliveryWorker(
    WebhookDeliveryProcessor processor,
    IOptions<WebhookOptions> options,
    ILogger<WebhookDeliveryWorker> logger) : PollingWorker(logger)
{
    protected override string WorkName => "Webhook delivery";

    protected override int BatchSize => options.Value.BatchSize;

    protected override Task<int> ProcessBatchAsync(CancellationToken cancellationToken) => processor.ProcessBatchAsync(cancellationToken);

    protected override Task WaitForWorkAsync(CancellationToken cancellationToken) => Task.Delay(options.Value.PollInterval, cancellationToken);
}
