using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Domain.Appointments;
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

    [Theory]
    [InlineData(25, 0)]
    [InlineData(23, 7750)]
    public void Given_the_accepted_policy_When_the_fee_for_cancelling_now_is_asked_Then_it_is_charged_only_once_late(int hoursBefore, long fee)
    {
        var appointment = Booked(policyVersion: 1);

        Policy(24, LateFeeKind.PercentOfPrice, percent: 50).LateFeeFor(appointment, appointment.StartsAt.AddHours(-hoursBefore)).ShouldBe(fee);
    }

    [Theory]
    [InlineData(true, 25, LateFeeKind.None, "Allowed")]
    [InlineData(true, 23, LateFeeKind.None, "TooLate")]
    [InlineData(true, 23, LateFeeKind.Fixed, "Allowed")]
    [InlineData(false, 25, LateFeeKind.Fixed, "NotOffered")]
    public void Given_the_current_and_the_accepted_policy_When_a_patient_wants_to_cancel_online_Then_late_is_allowed_only_with_a_fee(
        bool offered, int hoursBefore, LateFeeKind fee, string expected)
    {
        var startsAt = new DateTimeOffset(2026, 12, 10, 10, 0, 0, TimeSpan.Zero);
        var current = CancellationPolicy.Next(1, offered, true, 48, LateFeeKind.None, 0, 0, "es", "en", DateTimeOffset.UnixEpoch);

        Policy(24, fee, amount: 2500).OnlineCancellation(current, startsAt, startsAt.AddHours(-hoursBefore)).ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData(true, 25, "Allowed")]
    [InlineData(true, 23, "TooLate")]
    [InlineData(false, 25, "NotOffered")]
    public void Given_the_current_and_the_accepted_policy_When_a_patient_wants_to_reschedule_online_Then_never_once_late(bool offered, int hoursBefore, string expected)
    {
        var startsAt = new DateTimeOffset(2026, 12, 10, 10, 0, 0, TimeSpan.Zero);
        var current = CancellationPolicy.Next(1, true, offered, 48, LateFeeKind.None, 0, 0, "es", "en", DateTimeOffset.UnixEpoch);

        Policy(24, LateFeeKind.Fixed, amount: 2500).OnlineRescheduling(current, startsAt, startsAt.AddHours(-hoursBefore)).ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("NotOffered", "This clinic does not allow this change online. Please call the clinic on +34 910 000 000.")]
    [InlineData("TooLate", "Your appointment is less than 24 hours away, so it can no longer be changed online. Please call the clinic on +34 910 000 000.")]
    public void Given_a_refused_online_change_When_enforced_Then_the_patient_is_told_why_and_whom_to_call(string decision, string message)
    {
        Should.Throw<BusinessRuleException>(() => Policy(24).EnsureAllowed(Enum.Parse<OnlineChange>(decision), "+34 910 000 000")).Message.ShouldBe(message);
        Should.NotThrow(() => Policy(24).EnsureAllowed(OnlineChange.Allowed, "+34 910 000 000"));
    }

    private static Appointment Booked(int policyVersion) => Appointment.Book(
        Guid.NewGuid(), "Lucía Pérez", Guid.NewGuid(), Guid.NewGuid(), new DateTimeOffset(2026, 12, 10, 10, 0, 0, TimeSpan.Zero),
        [new AppointmentService(0, Guid.NewGuid(), "Limpieza", 60, 10, 15500, "EUR")], policyVersion, DateTimeOffset.UnixEpoch, "patient", null);
}
