using Clinic.Notifications.Templates;

namespace Clinic.UnitTests.Notifications;

public sealed class WordingTests
{
    [Theory]
    [InlineData("2030-01-15T09:00:00Z", "Europe/Madrid", "10:00", "GMT+1")]
    [InlineData("2030-07-15T09:00:00Z", "Europe/Madrid", "11:00", "GMT+2")]
    [InlineData("2030-07-15T09:00:00Z", "Atlantic/Canary", "10:00", "GMT+1")]
    [InlineData("2030-01-15T09:00:00Z", "Atlantic/Canary", "09:00", "GMT")]
    [InlineData("2030-01-15T09:00:00Z", "Asia/Kolkata", "14:30", "GMT+5:30")]
    [InlineData("2030-01-15T09:00:00Z", "America/New_York", "04:00", "GMT-5")]
    public void Given_an_instant_and_a_zone_When_shown_Then_the_wall_clock_and_offset_of_that_instant_are_used(string instant, string zone, string clock, string offset)
    {
        var time = ZonedTime.Of(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), zone);

        Wording.Clock(time.Local).ShouldBe(clock);
        Wording.GmtOffset(time.Offset).ShouldBe(offset);
    }

    [Theory]
    [InlineData("Europe/Madrid", "es", "hora de Madrid")]
    [InlineData("Europe/Madrid", "en", "Madrid time")]
    [InlineData("Atlantic/Canary", "es", "hora de Canarias")]
    [InlineData("America/New_York", "es", "hora de Nueva York")]
    [InlineData("America/Los_Angeles", "en", "Los Angeles time")]
    public void Given_a_zone_When_named_Then_the_reader_recognises_the_place(string zone, string language, string expected)
    {
        Languages.Resolve(language, "es").ZoneName(zone).ShouldBe(expected);
    }

    [Fact]
    public void Given_a_date_When_written_long_Then_day_and_month_names_are_in_the_language()
    {
        var date = new DateTime(2030, 3, 13);

        Language.Es.LongDate(date).ShouldBe("miércoles, 13 de marzo de 2030");
        Language.En.LongDate(date).ShouldBe("Wednesday, 13 March 2030");
        Language.Es.ShortDate(date).ShouldBe("mié 13/03");
        Language.En.ShortDate(date).ShouldBe("Wed 13 Mar");
    }

    [Theory]
    [InlineData("es", 2500L, "EUR", "25,00 €")]
    [InlineData("en", 2500L, "EUR", "€25.00")]
    [InlineData("es", 123456L, "EUR", "1.234,56 €")]
    [InlineData("en", 5000L, "CHF", "50.00 CHF")]
    [InlineData("en", 5000L, "JPY", "5,000 JPY")]
    public void Given_an_amount_in_minor_units_When_written_Then_it_reads_as_money_in_the_language(string language, long minor, string currency, string expected)
    {
        Languages.Resolve(language, "es").Money(minor, currency).ShouldBe(expected);
    }

    [Theory]
    [InlineData("en", "es", "en")]
    [InlineData("ES", "en", "es")]
    [InlineData("en-GB", "es", "en")]
    [InlineData("fr", "en", "en")]
    [InlineData(null, "es", "es")]
    [InlineData("", "xx", "es")]
    public void Given_a_preferred_language_When_resolved_Then_it_falls_back_to_the_clinic_default_then_spanish(string? preferred, string clinicDefault, string expected)
    {
        Languages.Resolve(preferred, clinicDefault).Code().ShouldBe(expected);
    }
}
