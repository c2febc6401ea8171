using Clinic.Scheduling.Domain.Availability;

namespace Clinic.UnitTests.Scheduling.Availability;

public sealed class AvailabilityEngineTests
{
    private static readonly TimeZoneInfo Madrid = TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid");
    private static readonly DateTimeOffset LongAgo = DateTimeOffset.MinValue;

    private static List<AvailableDay> Compute(
        TimeZoneInfo zone, DateOnly first, DateOnly last, int slot, int treatment, int occupied, params CalendarBuilder[] providers) =>
        AvailabilityEngine.Compute(new AvailabilityQuery(zone, first, last, LongAgo, slot, treatment, occupied), providers.Select(p => p.Build()).ToList());

    private static IEnumerable<string> Labels(AvailableDay day) => day.Slots.Select(s => $"{s.LocalTime}{s.StartsAt:zzz}");

    [Fact]
    public void Given_an_ordinary_day_When_searching_Then_starts_follow_the_grid_and_the_treatment_ends_by_closing()
    {
        var date = new DateOnly(2026, 12, 1);
        var provider = new CalendarBuilder("Ana").Works("09:00", "11:00");

        var day = Compute(Madrid, date, date, 15, 60, 70, provider).Single();

        day.Slots.Select(s => s.LocalTime).ShouldBe(["09:00", "09:15", "09:30", "09:45", "10:00"]);
        day.Slots[0].StartsAt.ShouldBe(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        day.Slots[0].StartsAt.Offset.ShouldBe(TimeSpan.FromHours(1));
    }

    [Fact]
    public void Given_spring_forward_in_Madrid_When_searching_the_night_Then_no_slot_falls_in_the_missing_hour_and_none_is_shifted()
    {
        var date = new DateOnly(2026, 3, 29);
        var provider = new CalendarBuilder("Ana").Works("00:00", "05:00");

        var day = Compute(Madrid, date, date, 30, 30, 30, provider).Single();

        Labels(day).ShouldBe(["00:00+01:00", "00:30+01:00", "01:00+01:00", "01:30+01:00", "03:00+02:00", "03:30+02:00", "04:00+02:00", "04:30+02:00"]);
        day.Slots.Select(s => s.StartsAt.UtcDateTime.ToString("HH:mm")).ShouldBe(["23:00", "23:30", "00:00", "00:30", "01:00", "01:30", "02:00", "02:30"]);
    }

    [Fact]
    public void Given_fall_back_in_Madrid_When_searching_the_night_Then_the_repeated_hour_is_offered_twice_with_distinct_instants_and_nothing_skipped()
    {
        var date = new DateOnly(2026, 10, 25);
        var provider = new CalendarBuilder("Ana").Works("00:00", "05:00");

        var day = Compute(Madrid, date, date, 60, 60, 60, provider).Single();

        Labels(day).ShouldBe(["00:00+02:00", "01:00+02:00", "02:00+02:00", "02:00+01:00", "03:00+01:00", "04:00+01:00"]);
        var instants = day.Slots.Select(s => s.StartsAt.UtcDateTime).ToList();
        instants.Zip(instants.Skip(1)).ShouldAllBe(pair => pair.Second - pair.First == TimeSpan.FromHours(1));
    }

    [Fact]
    public void Given_a_half_hour_offset_zone_When_searching_Then_local_times_map_to_the_right_instants()
    {
        var kolkata = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");
        var date = new DateOnly(2026, 12, 1);

        var day = Compute(kolkata, date, date, 30, 30, 30, new CalendarBuilder("Ana").Works("09:00", "10:00")).Single();

        Labels(day).ShouldBe(["09:00+05:30", "09:30+05:30"]);
        day.Slots[0].StartsAt.UtcDateTime.ShouldBe(new DateTime(2026, 12, 1, 3, 30, 0));
    }

    [Fact]
    public void Given_lord_howes_half_hour_dst_change_When_searching_Then_the_skipped_half_hour_is_absent_and_offsets_change_by_30_minutes()
    {
        var lordHowe = TimeZoneInfo.FindSystemTimeZoneById("Australia/Lord_Howe");
        var date = new DateOnly(2026, 10, 4);

        var day = Compute(lordHowe, date, date, 30, 30, 30, new CalendarBuilder("Ana").Works("01:00", "04:00")).Single();

        Labels(day).ShouldBe(["01:00+10:30", "01:30+10:30", "02:30+11:00", "03:00+11:00", "03:30+11:00"]);
    }

    [Fact]
    public void Given_busy_time_with_a_buffer_When_searching_Then_no_occupied_span_overlaps_it()
    {
        var date = new DateOnly(2026, 12, 1);
        var provider = new CalendarBuilder("Ana").Works("09:00", "12:00")
            .Booked(At(date, "10:00"), At(date, "10:40"));

        var day = Compute(Madrid, date, date, 15, 30, 40, provider).Single();

        // 09:15 would occupy until 09:55 (fine); 09:30 until 10:10 (clashes); the booking occupies until 10:40.
        day.Slots.Select(s => s.LocalTime).ShouldBe(["09:00", "09:15", "10:45", "11:00", "11:15", "11:30"]);
    }

    [Fact]
    public void Given_time_off_and_extra_hours_When_searching_Then_the_day_is_the_pattern_plus_extra_minus_off()
    {
        var date = new DateOnly(2026, 12, 2);
        var provider = new CalendarBuilder("Ana").Works("09:00", "12:00").Off(date, "09:00", "11:00").Extra(date, "17:00", "18:00");

        var day = Compute(Madrid, date, date, 30, 60, 60, provider).Single();

        day.Slots.Select(s => s.LocalTime).ShouldBe(["11:00", "17:00"]);
    }

    [Fact]
    public void Given_minimum_notice_When_searching_today_Then_nothing_starts_before_the_earliest_instant()
    {
        var date = new DateOnly(2026, 12, 1);
        var query = new AvailabilityQuery(Madrid, date, date, At(date, "10:20"), 30, 30, 30);

        var day = AvailabilityEngine.Compute(query, [new CalendarBuilder("Ana").Works("09:00", "12:00").Build()]).Single();

        day.Slots.Select(s => s.LocalTime).ShouldBe(["10:30", "11:00", "11:30"]);
    }

    [Fact]
    public void Given_two_free_providers_When_first_available_is_chosen_Then_the_one_with_less_booked_time_that_day_is_suggested()
    {
        var date = new DateOnly(2026, 12, 1);
        var busyAna = new CalendarBuilder("Ana").Works("09:00", "18:00").Booked(At(date, "15:00"), At(date, "17:00"));
        var freeBea = new CalendarBuilder("Bea").Works("09:00", "18:00").Booked(At(date, "16:00"), At(date, "16:30"));

        var nine = Compute(Madrid, date, date, 60, 60, 60, busyAna, freeBea).Single().Slots.First();

        nine.ProviderIds.ShouldBe([busyAna.Id, freeBea.Id], ignoreOrder: true);
        nine.SuggestedProviderId.ShouldBe(freeBea.Id);
    }

    [Fact]
    public void Given_equally_booked_providers_When_first_available_is_chosen_Then_the_tie_is_broken_by_name()
    {
        var date = new DateOnly(2026, 12, 1);
        var zoe = new CalendarBuilder("Zoe").Works("09:00", "10:00");
        var ana = new CalendarBuilder("Ana").Works("09:00", "10:00");

        Compute(Madrid, date, date, 60, 60, 60, zoe, ana).Single().Slots.Single().SuggestedProviderId.ShouldBe(ana.Id);
    }

    [Fact]
    public void Given_an_unexpired_hold_When_searching_Then_it_blocks_the_slot_like_an_appointment()
    {
        var date = new DateOnly(2026, 12, 1);
        var provider = new CalendarBuilder("Ana").Works("09:00", "11:00").Held(At(date, "09:00"), At(date, "10:00"));

        Compute(Madrid, date, date, 60, 60, 60, provider).Single().Slots.Select(s => s.LocalTime).ShouldBe(["10:00"]);
    }

    private static DateTimeOffset At(DateOnly date, string time)
    {
        var local = date.ToDateTime(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture));
        return new DateTimeOffset(local, Madrid.GetUtcOffset(local));
    }
}
