using Clinic.BuildingBlocks.Background;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Clinic.Notifications.Delivery;

/// <summary>Runs <see cref="MessageDeliveryProcessor"/> for the life of the host, on every instance.</summary>
internal sealed class MessageDeliveryWorker(
    MessageDeliveryProcessor processor,
    IOptions<DeliveryOptions> options,
    ILogger<MessageDeliveryWorker> logger) : PollingWorker(logger)
{
    protected override string WorkName => "Notification delivery";

    protected override int BatchSize => options.Value.BatchSize;

    protected override Task<int> ProcessBatchAsync(CancellationToken cancellationToken) => processor.ProcessBatchAsync(cancellationToken);

    protected override Task WaitForWorkAsync(CancellationToken cancellationToken) => Task.Delay(options.Value.PollInterval, cancellationToken);
}
