using Clinic.BuildingBlocks.Background;

namespace Clinic.UnitTests.BuildingBlocks;

public sealed class ExponentialBackoffTests
{
    private static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(30);

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(4, 40)]
    public void Given_repeated_failures_When_the_next_attempt_is_scheduled_Then_the_delay_doubles_within_20_percent_jitter(int attempts, double expectedSeconds)
    {
        for (var sample = 0; sample < 50; sample++)
        {
            var delay = ExponentialBackoff.Delay(attempts, BaseDelay, MaxDelay).TotalSeconds;
            delay.ShouldBeInRange(expectedSeconds * 0.8, expectedSeconds * 1.2);
        }
    }

    [Fact]
    public void Given_many_failures_When_the_next_attempt_is_scheduled_Then_the_delay_never_exceeds_the_cap_plus_jitter()
    {
        ExponentialBackoff.Delay(40, BaseDelay, MaxDelay).ShouldBeLessThanOrEqualTo(TimeSpan.FromMinutes(36));
    }
}
