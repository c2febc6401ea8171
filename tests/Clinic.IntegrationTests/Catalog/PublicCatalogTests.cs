using System.Net;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Features.PublicCatalog.GetClinicProfile;
using Clinic.Scheduling.Features.PublicCatalog.ListBookableCategories;
using Clinic.Scheduling.Features.PublicCatalog.ListProvidersForService;

namespace Clinic.IntegrationTests.Catalog;

public sealed class PublicCatalogTests : IDisposable
{
    private readonly ClinicApiFactory factory = new ClinicApiFactory().WithDemoData();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Given_the_demo_clinic_When_a_patient_lists_categories_Then_they_come_in_order_with_bookable_services_and_prices()
    {
        var categories = await (await factory.CreateClient().GetAsync("/api/catalog/categories")).ShouldBeJsonAsync<List<BookableCategory>>();

        categories.Select(c => c.Name).ShouldBe(["Tratamientos faciales", "Medicina estética", "Láser y depilación", "Corporal y bienestar"]);
        categories.Sum(c => c.Services.Count).ShouldBe(12);
        var cleansing = categories[0].Services.Single(s => s.Name == "Limpieza facial profunda");
        cleansing.DurationMinutes.ShouldBe(60);
        cleansing.Price.AmountMinor.ShouldBe(6500);
        cleansing.Price.Currency.ShouldBe("EUR");
        cleansing.Deposit.ShouldBeNull();
        categories[1].Services.Single(s => s.Name == "Ácido hialurónico en labios").Deposit!.AmountMinor.ShouldBe(8000);
    }

    [Fact]
    public async Task Given_the_demo_clinic_When_the_profile_is_read_Then_two_locations_in_different_time_zones_are_shown()
    {
        var profile = await (await factory.CreateClient().GetAsync("/api/catalog/clinic")).ShouldBeJsonAsync<ClinicProfile>();

        profile.Name.ShouldBe("Clínica Lumina");
        profile.DefaultLanguage.ShouldBe("es");
        profile.Currency.ShouldBe("EUR");
        profile.TimeZone.ShouldBe("Europe/Madrid", "the clinic's own zone, for times that belong to no location");
        profile.Locations.Select(l => l.TimeZone).ShouldBe(["Atlantic/Canary", "Europe/Madrid"], ignoreOrder: true);
    }

    [Fact]
    public async Task Given_a_service_When_providers_are_listed_for_a_location_Then_only_those_working_there_appear()
    {
        var client = factory.CreateClient();
        var profile = await (await client.GetAsync("/api/catalog/clinic")).ShouldBeJsonAsync<ClinicProfile>();
        var categories = await (await client.GetAsync("/api/catalog/categories")).ShouldBeJsonAsync<List<BookableCategory>>();
        var botox = categories.SelectMany(c => c.Services).Single(s => s.Name.StartsWith("Toxina", StringComparison.Ordinal));
        var madrid = profile.Locations.Single(l => l.TimeZone == "Europe/Madrid");

        var everywhere = await (await client.GetAsync($"/api/catalog/services/{botox.Id}/providers")).ShouldBeJsonAsync<List<PublicProvider>>();
        var inMadrid = await (await client.GetAsync($"/api/catalog/services/{botox.Id}/providers?locationId={madrid.Id}")).ShouldBeJsonAsync<List<PublicProvider>>();

        everywhere.Select(p => p.DisplayName).ShouldBe(["Dr. Javier Ortega", "Dra. Lucía Fernández"], ignoreOrder: true);
        inMadrid.Select(p => p.DisplayName).ShouldBe(["Dra. Lucía Fernández"]);
    }

    [Fact]
    public async Task Given_an_unknown_service_or_location_When_providers_are_listed_Then_404_names_what_is_missing()
    {
        var client = factory.CreateClient();
        var unknown = Guid.NewGuid();

        var problem = await (await client.GetAsync($"/api/catalog/services/{unknown}/providers")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        problem.Detail.ShouldBe($"Service '{unknown}' was not found.");
    }

    [Fact]
    public async Task Given_a_malformed_id_When_providers_are_listed_Then_the_api_answers_404_not_500()
    {
        var response = await factory.CreateClient().GetAsync("/api/catalog/services/not-a-guid/providers");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
