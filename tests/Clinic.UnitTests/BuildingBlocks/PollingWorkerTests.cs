using Clinic.BuildingBlocks.Background;
using Microsoft.Extensions.Logging.Abstractions;

namespace Clinic.UnitTests.BuildingBlocks;

public sealed class PollingWorkerTests
{
    [Fact]
    public async Task Given_a_batch_that_throws_When_the_worker_runs_Then_it_logs_waits_and_keeps_processing()
    {
        var worker = new ScriptedWorker(batches: [new InvalidOperationException("database hiccup"), 0, 3]);

        await worker.StartAsync(CancellationToken.None);
        await worker.Finished.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await worker.StopAsync(CancellationToken.None);

        worker.Calls.ShouldBe(3, "the failure did not stop the loop");
        worker.Waits.ShouldBe(2, "a failed or short batch waits before the next poll");
    }

    [Fact]
    public async Task Given_full_batches_When_the_worker_runs_Then_it_takes_the_next_one_without_waiting()
    {
        var worker = new ScriptedWorker(batches: [2, 2, 1]);

        await worker.StartAsync(CancellationToken.None);
        await worker.Finished.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await worker.StopAsync(CancellationToken.None);

        worker.Calls.ShouldBe(3);
        worker.Waits.ShouldBe(0);
    }

    /// <summary>Plays a script of batch outcomes (a count or an exception), then signals it is done.</summary>
    private sealed class ScriptedWorker(object[] batches) : PollingWorker(NullLogger.Instance)
    {
        public int Calls { get; private set; }

        public int Waits { get; private set; }

        public TaskCompletionSource Finished { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override string WorkName => "scripted work";

        protected override int BatchSize => 2;

        protected override Task<int> ProcessBatchAsync(CancellationToken cancellationToken)
        {
            if (Calls == batches.Length)
            {
                Finished.TrySetResult();
                return Task.FromResult(0);
            }

            var outcome = batches[Calls++];
            return outcome is Exception failure ? Task.FromException<int>(failure) : Task.FromResult((int)outcome);
        }

        protected override Task WaitForWorkAsync(CancellationToken cancellationToken)
        {
            if (Calls < batches.Length)
            {
                Waits++;
            }

            return Task.Delay(TimeSpan.FromMilliseconds(10), cancellationToken);
        }
    }
}
