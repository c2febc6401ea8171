using Clinic.BuildingBlocks.Time;
using Microsoft.Extensions.Time.Testing;

namespace Clinic.UnitTests.BuildingBlocks;

public sealed class DevelopmentClockTests
{
    private static readonly DateTimeOffset NightClocksChange = new(2027, 3, 28, 0, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Given_a_start_instant_When_read_Then_the_clock_starts_there_and_runs_at_the_real_clocks_speed()
    {
        var real = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 16, 0, 0, TimeSpan.Zero));
        var clock = new DevelopmentClock(NightClocksChange, real);

        clock.GetUtcNow().ShouldBe(NightClocksChange);
        real.Advance(TimeSpan.FromMinutes(90));
        clock.GetUtcNow().ShouldBe(NightClocksChange.AddMinutes(90));
    }

    [Fact]
    public void Given_a_timer_on_the_clock_When_real_time_passes_Then_it_fires_after_its_real_duration()
    {
        var real = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 16, 0, 0, TimeSpan.Zero));
        var clock = new DevelopmentClock(NightClocksChange, real);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(30), Timeout.InfiniteTimeSpan);

        real.Advance(TimeSpan.FromSeconds(29));
        fired.ShouldBe(0);
        real.Advance(TimeSpan.FromSeconds(1));
        fired.ShouldBe(1);
    }
}
