using System.Globalization;
using Clinic.BuildingBlocks.Abstractions;

namespace Clinic.UnitTests.BuildingBlocks;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(3250L, "EUR", 32.50)]
    [InlineData(3250L, "JPY", 3250)]
    [InlineData(3250L, "KWD", 3.250)]
    [InlineData(-5L, "USD", -0.05)]
    public void Given_minor_units_When_read_in_major_units_Then_the_currencys_own_decimals_are_used(long minor, string currency, decimal major)
    {
        new Money(minor, currency).ToDecimal().ShouldBe(major);
    }

    [Theory]
    [InlineData(3250L, "EUR", "32.50 EUR")]
    [InlineData(123456L, "EUR", "1234.56 EUR")]
    [InlineData(3250L, "JPY", "3250 JPY")]
    [InlineData(3250L, "kwd", "3.250 KWD")]
    public void Given_an_amount_When_written_for_an_api_message_Then_it_is_culture_neutral_with_the_iso_code(long minor, string currency, string expected)
    {
        new Money(minor, currency).ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("es-ES", 2500L, "EUR", "25,00 €")]
    [InlineData("en-GB", 2500L, "EUR", "€25.00")]
    [InlineData("es-ES", 123456L, "EUR", "1.234,56 €")]
    [InlineData("en-US", 199L, "USD", "$1.99")]
    [InlineData("en-GB", 5000L, "CHF", "50.00 CHF")]
    [InlineData("es-ES", 5000L, "JPY", "5.000 JPY")]
    public void Given_an_amount_When_formatted_for_a_culture_Then_digits_separators_and_symbol_follow_it(string culture, long minor, string currency, string expected)
    {
        new Money(minor, currency).Format(CultureInfo.GetCultureInfo(culture)).ShouldBe(expected);
    }
}
