using Clinic.BuildingBlocks.Errors;
using Clinic.Scheduling.Domain.Schedules;

namespace Clinic.UnitTests.Scheduling;

public sealed class BookingSettingsTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    [Theory]
    [InlineData(ProviderChoiceMode.SpecificOrFirstAvailable, false, null)]
    [InlineData(ProviderChoiceMode.SpecificOrFirstAvailable, true, null)]
    [InlineData(ProviderChoiceMode.SpecificOnly, true, null)]
    [InlineData(ProviderChoiceMode.SpecificOnly, false, "This clinic asks patients to choose a provider. Pick one to see their availability.")]
    [InlineData(ProviderChoiceMode.FirstAvailableOnly, false, null)]
    [InlineData(ProviderChoiceMode.FirstAvailableOnly, true, "This clinic assigns the first available provider; leave the provider empty.")]
    public void Given_a_provider_choice_mode_When_a_patient_chooses_or_not_Then_only_what_the_mode_allows_passes(ProviderChoiceMode mode, bool chooses, string? refusal)
    {
        var settings = Settings(providerChoice: mode);

        var act = () => settings.EnsureProviderChoice(chooses ? Guid.NewGuid() : null);

        if (refusal is null)
        {
            act.ShouldNotThrow();
        }
        else
        {
            act.ShouldThrow<BusinessRuleException>().Message.ShouldBe(refusal);
        }
    }

    [Fact]
    public void Given_a_range_across_today_and_the_horizon_When_clamped_Then_only_today_to_the_last_bookable_day_remain()
    {
        Settings(horizonDays: 30).BookableDates(Today, Today.AddDays(-3), Today.AddDays(40)).ShouldBe((Today, Today.AddDays(30)));
    }

    [Fact]
    public void Given_a_range_wholly_in_the_past_When_clamped_Then_it_is_empty()
    {
        var (first, last) = Settings().BookableDates(Today, Today.AddDays(-10), Today.AddDays(-1));

        (first > last).ShouldBeTrue();
    }

    [Fact]
    public void Given_a_range_that_starts_after_the_horizon_When_clamped_Then_the_refusal_says_until_when_booking_is_open()
    {
        Should.Throw<BusinessRuleException>(() => Settings(horizonDays: 30).BookableDates(Today, Today.AddDays(31), Today.AddDays(35)))
            .Message.ShouldBe("Online booking is open until 2026-12-30 (30 days ahead). Choose an earlier date.");
    }

    [Fact]
    public void Given_notice_and_hold_minutes_When_asked_Then_the_earliest_start_and_the_hold_expiry_follow_from_now()
    {
        var now = new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
        var settings = Settings(minimumNoticeMinutes: 120, holdMinutes: 10);

        settings.EarliestStart(now).ShouldBe(now.AddHours(2));
        settings.HoldExpiry(now).ShouldBe(now.AddMinutes(10));
    }

    private static BookingSettings Settings(
        int minimumNoticeMinutes = 120, int horizonDays = 90, ProviderChoiceMode providerChoice = ProviderChoiceMode.SpecificOrFirstAvailable, int holdMinutes = 10)
    {
        var settings = BookingSettings.Defaults();
        settings.Update(15, minimumNoticeMinutes, horizonDays, providerChoice, holdMinutes);
        return settings;
    }
}
