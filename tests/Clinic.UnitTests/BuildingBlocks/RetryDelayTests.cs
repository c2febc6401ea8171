using Clinic.BuildingBlocks.Outbox;
using Clinic.Scheduling.Persistence;

namespace Clinic.UnitTests.BuildingBlocks;

public sealed class RetryDelayTests
{
    private static readonly OutboxOptions Settings = new() { BaseRetryDelay = TimeSpan.FromSeconds(5), MaxRetryDelay = TimeSpan.FromMinutes(30) };

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(4, 40)]
    public void Given_repeated_failures_When_the_next_attempt_is_scheduled_Then_the_delay_doubles_within_20_percent_jitter(int attempts, double expectedSeconds)
    {
        for (var sample = 0; sample < 50; sample++)
        {
            var delay = OutboxProcessor<SchedulingDbContext>.RetryDelay(attempts, Settings).TotalSeconds;
            delay.ShouldBeInRange(expectedSeconds * 0.8, expectedSeconds * 1.2);
        }
    }

    [Fact]
    public void Given_many_failures_When_the_next_attempt_is_scheduled_Then_the_delay_never_exceeds_the_cap_plus_jitter()
    {
        OutboxProcessor<SchedulingDbContext>.RetryDelay(40, Settings).ShouldBeLessThanOrEqualTo(TimeSpan.FromMinutes(36));
    }
}
