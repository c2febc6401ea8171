using Clinic.Identity.Domain.Patients;

namespace Clinic.UnitTests.Identity;

public sealed class PatientTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("José", "Pérez", "jose perez")]
    [InlineData("  JOSÉ  MARÍA ", "Pérez   Núñez", "jose maria perez nunez")]
    [InlineData("Zoë", "O'Brien", "zoe o'brien")]
    public void Given_spellings_of_a_name_When_keyed_Then_case_accents_and_spaces_do_not_matter(string first, string last, string key)
    {
        PersonNameKey.Of(first, last).ShouldBe(key);
    }

    [Fact]
    public void Given_two_profiles_When_one_is_merged_into_the_other_Then_the_survivor_keeps_its_own_data_and_gains_what_it_lacked()
    {
        var surviving = Patient.Create(new PatientDetails("Ana", "Torres", "+34600111222", null, null, "es", false), "ana@example.com", PatientSource.Booking, Now);
        var merged = Patient.Create(new PatientDetails("Ana", "Torres Ruiz", "+34611000000", new DateOnly(1990, 1, 2), "Calle Mayor 1", "en", true), "ana.work@example.com", PatientSource.Registration, Now);

        merged.MergeInto(surviving, Now.AddDays(1));

        surviving.Phone.ShouldBe("+34600111222");
        surviving.BirthDate.ShouldBe(new DateOnly(1990, 1, 2));
        surviving.Address.ShouldBe("Calle Mayor 1");
        surviving.MarketingConsent.ShouldBeTrue();
        surviving.Email.ShouldBe("ana@example.com");
        merged.MergedIntoId.ShouldBe(surviving.Id);
        merged.Email.ShouldBe("ana.work@example.com", "the tombstone keeps its email so it still leads to the survivor");
        Should.Throw<InvalidOperationException>(() => merged.MergeInto(surviving, Now));
        Should.Throw<InvalidOperationException>(() => surviving.MergeInto(surviving, Now));
    }

    [Fact]
    public void Given_a_profile_When_a_booking_brings_a_phone_Then_blanks_are_filled_but_nothing_is_overwritten()
    {
        var patient = Patient.Create(new PatientDetails("Ana", "Torres", null, new DateOnly(1990, 1, 2), null, "es", false), "ana@example.com", PatientSource.Staff, Now);

        patient.FillBlanks("+34600111222", new DateOnly(2000, 1, 1), "  ");

        patient.Phone.ShouldBe("+34600111222");
        patient.BirthDate.ShouldBe(new DateOnly(1990, 1, 2));
        patient.Address.ShouldBeNull();
        patient.NormalizedEmail.ShouldBe("ANA@EXAMPLE.COM");
    }
}
