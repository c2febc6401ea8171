using Clinic.BuildingBlocks.Phones;
using Microsoft.Extensions.Configuration;

namespace Clinic.UnitTests.BuildingBlocks;

/// <summary>The one reader of phone numbers (formerly Identity's PhoneNumber and Notifications' normalizer, whose cases are all here).</summary>
public sealed class PhoneNumberNormalizerTests
{
    private readonly PhoneNumberNormalizer spain = new("ES");

    [Theory]
    [InlineData("612 345 678", "+34612345678")]
    [InlineData("+34 612-345-678", "+34612345678")]
    [InlineData("0034 612 345 678", "+34612345678")]
    [InlineData("+44 7911 123456", "+447911123456")]
    [InlineData("600 11 12 22", "+34600111222")]
    [InlineData("+34 600-11-12-22", "+34600111222")]
    [InlineData("(0034) 600 111 222", "+34600111222")]
    [InlineData("+44 20 7946 0958", "+442079460958")]
    public void Given_a_number_as_people_write_it_When_normalized_Then_it_is_e164(string raw, string expected)
    {
        spain.TryNormalize(raw, out var e164, out var problem).ShouldBeTrue(problem);

        e164.ShouldBe(expected);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("call me")]
    [InlineData("not a phone")]
    [InlineData("")]
    [InlineData("+34 000 000 000")]
    public void Given_something_that_is_not_a_real_number_When_normalized_Then_it_is_refused_with_a_reason(string raw)
    {
        spain.TryNormalize(raw, out _, out var problem).ShouldBeFalse();

        problem.ShouldNotBeNull().ShouldContain($"'{raw}'");
        spain.NormalizeOrNull(raw).ShouldBeNull();
    }

    [Fact]
    public void Given_another_default_region_When_a_local_number_is_normalized_Then_that_country_code_is_used()
    {
        var mexico = new PhoneNumberNormalizer("MX");

        mexico.TryNormalize("55 1234 5678", out var e164, out _).ShouldBeTrue();
        e164.ShouldBe("+525512345678");
    }

    [Theory]
    [InlineData("MX", null, null, "MX", false)]
    [InlineData(null, "MX", null, "MX", false)]
    [InlineData(null, null, "MX", "MX", false)]
    [InlineData(null, "MX", "mx", "MX", false)]
    [InlineData("PT", "MX", "AR", "PT", false)]
    [InlineData(null, null, null, "ES", false)]
    [InlineData(null, "MX", "AR", "ES", true)]
    public void Given_the_region_settings_When_read_Then_the_clinic_key_wins_and_the_former_keys_still_work_if_they_agree(
        string? clinic, string? identity, string? sms, string region, bool refused)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [PhoneNumberOptions.Key] = clinic,
            [PhoneNumberOptions.LegacyIdentityKey] = identity,
            [PhoneNumberOptions.LegacySmsKey] = sms,
        }).Build();
        var options = new PhoneNumberOptions();

        PhoneNumberOptions.Read(options, configuration);

        new PhoneNumberNormalizer(options.DefaultRegion).DefaultRegion.ShouldBe(region);
        options.LegacySettingsDisagree.ShouldBe(refused);
    }
}
