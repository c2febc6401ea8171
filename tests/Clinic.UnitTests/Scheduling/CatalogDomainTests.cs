using Clinic.BuildingBlocks.Abstractions;
using Clinic.Scheduling.Domain.Catalog;

namespace Clinic.UnitTests.Scheduling;

public sealed class CatalogDomainTests
{
    [Theory]
    [InlineData("Limpieza Facial", "LIMPIEZA FACIAL")]
    [InlineData("  limpieza   facial ", "LIMPIEZA FACIAL")]
    [InlineData("Ácido hialurónico", "ÁCIDO HIALURÓNICO")]
    public void Given_names_that_differ_only_in_case_or_spacing_When_keyed_Then_they_are_the_same_name(string name, string key)
    {
        NameKey.Of(name).ShouldBe(key);
    }

    [Theory]
    [InlineData("Europe/Madrid", true)]
    [InlineData("Atlantic/Canary", true)]
    [InlineData("Asia/Kolkata", true)]
    [InlineData("Australia/Lord_Howe", true)]
    [InlineData("Pacific Standard Time", false)]
    [InlineData("Europe/Atlantis", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Given_a_zone_id_When_checked_Then_only_iana_ids_are_accepted(string? id, bool valid)
    {
        IanaTimeZone.IsValid(id).ShouldBe(valid);
    }

    [Fact]
    public void Given_a_provider_When_updated_with_new_services_and_locations_Then_only_the_new_sets_remain_without_duplicates()
    {
        var keep = Guid.NewGuid();
        var drop = Guid.NewGuid();
        var add = Guid.NewGuid();
        var location = Guid.NewGuid();
        var provider = Provider.Create(new ProviderDetails("Ana", null, null, null, [keep, drop], [location]));

        provider.Update(new ProviderDetails(" Ana López ", " ", null, null, [keep, add, add], [location]));

        provider.Services.Select(s => s.ServiceId).ShouldBe([keep, add], ignoreOrder: true);
        provider.Performs(drop).ShouldBeFalse();
        provider.WorksAt(location).ShouldBeTrue();
        provider.DisplayName.ShouldBe("Ana López");
        provider.Title.ShouldBeNull();
    }

    [Fact]
    public void Given_a_zero_deposit_When_a_service_is_created_Then_it_has_no_deposit_and_the_currency_is_normalised()
    {
        var service = Service.Create(new ServiceDetails(Guid.NewGuid(), "Peeling", null, 30, 10, new Money(9000, "eur"), 0, true));

        service.Deposit.ShouldBeNull();
        service.Price.ShouldBe(new Money(9000, "EUR"));
    }

    [Fact]
    public void Given_a_provider_and_a_location_they_do_not_work_at_When_hours_are_set_there_Then_it_is_refused_saying_what_to_do()
    {
        var location = Location.Create("Sede Norte", "Calle 2", "+34 600 000 000", "Europe/Madrid");
        var provider = Provider.Create(new ProviderDetails("Ana", null, null, null, [], [Guid.NewGuid()]));

        Should.Throw<Clinic.BuildingBlocks.Errors.BusinessRuleException>(() => provider.EnsureWorksAt(location))
            .Message.ShouldBe("Ana does not work at Sede Norte; add the location to the provider first.");
        provider.Update(new ProviderDetails("Ana", null, null, null, [], [location.Id]));
        Should.NotThrow(() => provider.EnsureWorksAt(location));
    }
}
