using Clinic.Notifications.Adapters.Sms;
using Microsoft.Extensions.Options;

namespace Clinic.UnitTests.Notifications;

public sealed class PhoneNumberNormalizerTests
{
    private readonly PhoneNumberNormalizer spain = new(Options.Create(new SmsOptions { DefaultRegion = "ES" }));

    [Theory]
    [InlineData("612 345 678", "+34612345678")]
    [InlineData("+34 612-345-678", "+34612345678")]
    [InlineData("0034 612 345 678", "+34612345678")]
    [InlineData("+44 7911 123456", "+447911123456")]
    public void Given_a_number_as_people_write_it_When_normalized_Then_it_is_e164(string raw, string expected)
    {
        spain.TryNormalize(raw, out var e164, out var problem).ShouldBeTrue(problem);

        e164.ShouldBe(expected);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("call me")]
    [InlineData("+34 000 000 000")]
    public void Given_something_that_is_not_a_real_number_When_normalized_Then_it_is_refused_with_a_reason(string raw)
    {
        spain.TryNormalize(raw, out _, out var problem).ShouldBeFalse();

        problem.ShouldNotBeNull().ShouldContain(raw);
    }

    [Fact]
    public void Given_another_default_region_When_a_local_number_is_normalized_Then_that_country_code_is_used()
    {
        var mexico = new PhoneNumberNormalizer(Options.Create(new SmsOptions { DefaultRegion = "MX" }));

        mexico.TryNormalize("55 1234 5678", out var e164, out _).ShouldBeTrue();
        e164.ShouldBe("+525512345678");
    }
}
