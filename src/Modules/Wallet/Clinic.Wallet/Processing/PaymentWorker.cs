using Clinic.BuildingBlocks.Background;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Clinic.Wallet.Processing;

/// <summary>Runs <see cref="PaymentOperationProcessor"/> for the life of the host, on every instance.</summary>
internal sealed class PaymentWorker(PaymentOperationProcessor processor, IOptions<PaymentsOptions> options, ILogger<PaymentWorker> logger)
    : PollingWorker(logger)
{
    protected override string WorkName => "Payment operations";

    protected override int BatchSize => PaymentOperationProcessor.BatchSize;

    protected override Task<int> ProcessBatchAsync(CancellationToken cancellationToken) => processor.ProcessBatchAsync(cancellationToken);

    protected override Task WaitForWorkAsync(CancellationToken cancellationToken) => Task.Delay(options.Value.PollInterval, cancellationToken);
}
