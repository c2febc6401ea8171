using Clinic.Scheduling.Domain.Policies;

namespace Clinic.UnitTests.Scheduling.Appointments;

public sealed class CancellationPolicyTests
{
    private static readonly TimeZoneInfo Madrid = TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid");

    private static CancellationPolicy Policy(int hours, LateFeeKind kind = LateFeeKind.None, long amount = 0, int percent = 0) =>
        CancellationPolicy.Next(0, true, true, hours, kind, amount, percent, "es", "en", DateTimeOffset.UnixEpoch);

    private static DateTimeOffset MadridTime(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0);
        return new DateTimeOffset(local, Madrid.GetUtcOffset(local));
    }

    [Fact]
    public void Given_a_24_hour_window_across_spring_forward_When_cancelling_23_and_a_half_real_hours_before_Then_it_is_late_though_the_clock_shows_a_day()
    {
        // Sunday 29 March 2026 the clocks jump 02:00 → 03:00 in Madrid.
        var appointment = MadridTime(2026, 3, 29, 12);
        var cancelledAt = MadridTime(2026, 3, 28, 12, 30);

        (appointment - cancelledAt).ShouldBe(TimeSpan.FromHours(22.5));
        Policy(24).IsLate(appointment, cancelledAt).ShouldBeTrue();
    }

    [Fact]
    public void Given_a_24_hour_window_across_fall_back_When_cancelling_at_the_same_wall_clock_time_the_day_before_Then_it_is_in_time()
    {
        // Sunday 25 October 2026 the clocks go back 03:00 → 02:00: a calendar day holds 25 real hours.
        var appointment = MadridTime(2026, 10, 25, 12);
        var cancelledAt = MadridTime(2026, 10, 24, 12, 30);

        (appointment - cancelledAt).ShouldBe(TimeSpan.FromHours(24.5));
        Policy(24).IsLate(appointment, cancelledAt).ShouldBeFalse();
    }

    [Theory]
    [InlineData(LateFeeKind.None, 0, 0, 0)]
    [InlineData(LateFeeKind.Fixed, 2500, 0, 2500)]
    [InlineData(LateFeeKind.PercentOfPrice, 0, 50, 7750)]
    [InlineData(LateFeeKind.PercentOfPrice, 0, 33, 5115)]
    public void Given_a_fee_rule_When_computed_for_a_15500_appointment_Then_the_fee_is_exact_in_cents(LateFeeKind kind, long amount, int percent, long fee)
    {
        Policy(24, kind, amount, percent).LateFee(15500).ShouldBe(fee);
    }
}
