using System.Net;
using System.Net.Http.Json;
using System.Text;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Domain.Catalog;
using Clinic.Scheduling.Features.Locations.CreateLocation;
using Clinic.Scheduling.Features.Locations.UpdateLocation;
using Clinic.Scheduling.Features.Providers;
using Clinic.Scheduling.Features.Providers.UpdateProvider;
using Clinic.Scheduling.Features.PublicCatalog.ListBookableCategories;
using Clinic.Scheduling.Features.PublicCatalog.ListProvidersForService;
using Clinic.Scheduling.Features.Services;
using Clinic.Scheduling.Features.Services.CreateService;
using Clinic.Scheduling.Features.Services.UpdateService;
using Clinic.Scheduling.Features.StaffCatalog.GetCatalog;

namespace Clinic.IntegrationTests.Catalog;

public sealed class StaffCatalogTests : IDisposable
{
    private readonly ClinicApiFactory factory = new();
    private readonly HttpClient admin;
    private readonly CatalogApi api;

    public StaffCatalogTests()
    {
        admin = factory.CreateClientAs(ClinicRoles.Admin);
        api = new CatalogApi(admin);
    }

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Given_an_admin_When_a_catalog_is_built_Then_patients_see_the_service_with_its_provider()
    {
        var location = await api.CreateLocationAsync();
        var category = await api.CreateCategoryAsync();
        var service = await api.CreateServiceAsync(category.Id, deposit: 2000);
        var provider = await api.CreateProviderAsync("Marta Sánchez", [service.Id], [location.Id]);

        var categories = await (await factory.CreateClient().GetAsync("/api/catalog/categories")).ShouldBeJsonAsync<List<BookableCategory>>();
        var providers = await (await factory.CreateClient().GetAsync($"/api/catalog/services/{service.Id}/providers?locationId={location.Id}"))
            .ShouldBeJsonAsync<List<PublicProvider>>();

        categories.Single().Services.Single().ShouldBe(new BookableService(service.Id, "Limpieza facial", "Descripción", 60, new Money(6500, "EUR"), new Money(2000, "EUR")));
        providers.Single().Id.ShouldBe(provider.Id);
        providers.Single().LocationIds.ShouldBe([location.Id]);
    }

    [Fact]
    public async Task Given_a_service_nobody_performs_When_patients_browse_Then_it_is_not_offered()
    {
        var category = await api.CreateCategoryAsync();
        await api.CreateServiceAsync(category.Id);

        var categories = await (await factory.CreateClient().GetAsync("/api/catalog/categories")).ShouldBeJsonAsync<List<BookableCategory>>();

        categories.ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_a_deactivated_service_When_patients_browse_Then_it_is_gone_but_staff_still_see_it()
    {
        var location = await api.CreateLocationAsync();
        var category = await api.CreateCategoryAsync();
        var kept = await api.CreateServiceAsync(category.Id, "Hydrafacial");
        var withdrawn = await api.CreateServiceAsync(category.Id, "Peeling");
        await api.CreateProviderAsync("Marta", [kept.Id, withdrawn.Id], [location.Id]);

        (await admin.PostAsync($"/api/admin/catalog/services/{withdrawn.Id}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var categories = await (await factory.CreateClient().GetAsync("/api/catalog/categories")).ShouldBeJsonAsync<List<BookableCategory>>();
        categories.Single().Services.Select(s => s.Name).ShouldBe(["Hydrafacial"]);
        var catalog = await (await admin.GetAsync("/api/admin/catalog")).ShouldBeJsonAsync<StaffCatalog>();
        catalog.Services.Single(s => s.Id == withdrawn.Id).IsActive.ShouldBeFalse();
    }

    [Fact]
    public async Task Given_a_deactivated_category_When_patients_browse_Then_its_services_are_hidden()
    {
        var location = await api.CreateLocationAsync();
        var category = await api.CreateCategoryAsync();
        var service = await api.CreateServiceAsync(category.Id);
        await api.CreateProviderAsync("Marta", [service.Id], [location.Id]);

        (await admin.PostAsync($"/api/admin/catalog/categories/{category.Id}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await (await factory.CreateClient().GetAsync("/api/catalog/categories")).ShouldBeJsonAsync<List<BookableCategory>>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_a_service_When_it_is_updated_Then_the_new_duration_and_price_are_stored()
    {
        var category = await api.CreateCategoryAsync();
        var service = await api.CreateServiceAsync(category.Id);

        var updated = await (await admin.PutAsJsonAsync($"/api/admin/catalog/services/{service.Id}",
                new UpdateService(category.Id, "Limpieza facial premium", null, 75, 15, new Money(8000, "EUR"), null, false)))
            .ShouldBeJsonAsync<ServiceResponse>();

        updated.ShouldBe(new ServiceResponse(service.Id, category.Id, "Limpieza facial premium", null, 75, 15, new Money(8000, "EUR"), null, false, true));
    }

    [Fact]
    public async Task Given_a_provider_When_their_services_change_Then_only_the_new_set_is_kept()
    {
        var location = await api.CreateLocationAsync();
        var category = await api.CreateCategoryAsync();
        var first = await api.CreateServiceAsync(category.Id, "Uno");
        var second = await api.CreateServiceAsync(category.Id, "Dos");
        var provider = await api.CreateProviderAsync("Carmen", [first.Id], [location.Id]);

        var updated = await (await admin.PutAsJsonAsync($"/api/admin/catalog/providers/{provider.Id}",
                new UpdateProvider("Carmen Ruiz", "Técnica láser", "Bio", "https://example.org/carmen.jpg", [second.Id], [location.Id])))
            .ShouldBeJsonAsync<ProviderResponse>();

        updated.ServiceIds.ShouldBe([second.Id]);
        updated.DisplayName.ShouldBe("Carmen Ruiz");
    }

    [Fact]
    public async Task Given_a_location_When_renamed_to_another_locations_name_in_other_case_Then_409_and_nothing_changes()
    {
        await api.CreateLocationAsync("Sede Centro");
        var other = await api.CreateLocationAsync("Sede Norte");

        var problem = await (await admin.PutAsJsonAsync($"/api/admin/catalog/locations/{other.Id}",
                new UpdateLocation("  sede   CENTRO ", "Otra calle 2", "+34 600 000 000", "Europe/Madrid")))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);

        problem.Detail.ShouldBe("A location named 'sede   CENTRO' already exists.");
        var catalog = await (await admin.GetAsync("/api/admin/catalog")).ShouldBeJsonAsync<StaffCatalog>();
        catalog.Locations.Single(l => l.Id == other.Id).Name.ShouldBe("Sede Norte");
    }

    [Theory]
    [InlineData(3, "durationMinutes")]
    [InlineData(481, "durationMinutes")]
    [InlineData(62, "durationMinutes")]
    public async Task Given_a_duration_outside_5_to_480_minutes_When_a_service_is_created_Then_400_names_the_field_and_nothing_is_stored(int minutes, string field)
    {
        var category = await api.CreateCategoryAsync();

        var problem = await (await admin.PostAsJsonAsync("/api/admin/catalog/services",
            new CreateService(category.Id, "Corto", null, minutes, 0, new Money(1000, "EUR"), null))).ShouldBeValidationProblemAsync();

        problem.Errors.Keys.ShouldBe([field]);
        (await (await admin.GetAsync("/api/admin/catalog")).ShouldBeJsonAsync<StaffCatalog>()).Services.ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_invalid_money_When_a_service_is_created_Then_each_problem_is_reported_on_its_field()
    {
        var category = await api.CreateCategoryAsync();

        var problem = await (await admin.PostAsJsonAsync("/api/admin/catalog/services",
            new CreateService(category.Id, "", null, 30, -5, new Money(-1, "USD"), 5000))).ShouldBeValidationProblemAsync();

        problem.Errors.Keys.ShouldBe(["name", "bufferMinutes", "price.amountMinor", "price.currency", "depositAmountMinor"], ignoreOrder: true);
        problem.Errors["price.currency"].ShouldBe(["Prices must be in the clinic's currency (EUR)."]);
    }

    [Fact]
    public async Task Given_an_unknown_category_When_a_service_is_created_Then_404()
    {
        var missing = Guid.NewGuid();

        var problem = await (await admin.PostAsJsonAsync("/api/admin/catalog/services",
            new CreateService(missing, "Peeling", null, 30, 0, new Money(1000, "EUR"), null))).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        problem.Detail.ShouldBe($"Service category '{missing}' was not found.");
    }

    [Fact]
    public async Task Given_an_existing_service_name_When_another_is_created_with_it_Then_409()
    {
        var category = await api.CreateCategoryAsync();
        await api.CreateServiceAsync(category.Id, "Hydrafacial");

        var problem = await (await admin.PostAsJsonAsync("/api/admin/catalog/services",
            new CreateService(category.Id, "HYDRAFACIAL", null, 30, 0, new Money(1000, "EUR"), null))).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        problem.Detail.ShouldBe("A service named 'HYDRAFACIAL' already exists.");
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("GMT+2")]
    [InlineData("")]
    public async Task Given_a_time_zone_that_is_not_iana_When_a_location_is_created_Then_400(string timeZone)
    {
        var problem = await (await admin.PostAsJsonAsync("/api/admin/catalog/locations",
            new CreateLocation("Sede", "Calle 1", "+34 600 000 000", timeZone))).ShouldBeValidationProblemAsync();

        problem.Errors.Keys.ShouldBe(["timeZone"]);
    }

    [Fact]
    public async Task Given_unknown_services_or_locations_When_a_provider_is_created_Then_404()
    {
        var location = await api.CreateLocationAsync();
        var missing = Guid.NewGuid();

        var problem = await (await admin.PostAsJsonAsync("/api/admin/catalog/providers",
            new { displayName = "Ana", serviceIds = new[] { missing }, locationIds = new[] { location.Id } })).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        problem.Detail.ShouldBe($"Service '{missing}' was not found.");
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"name\": 5, \"sortOrder\": \"first\"}")]
    [InlineData("")]
    public async Task Given_a_body_that_is_not_valid_json_When_posted_Then_400_problem_not_500(string body)
    {
        var response = await admin.PostAsync("/api/admin/catalog/categories", new StringContent(body, Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Given_an_unknown_id_When_deactivating_Then_404()
    {
        await (await admin.PostAsync($"/api/admin/catalog/providers/{Guid.NewGuid()}/deactivate", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_no_session_When_the_staff_catalog_is_called_Then_401()
    {
        var anonymous = factory.CreateClient();

        (await anonymous.GetAsync("/api/admin/catalog")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync("/api/admin/catalog/locations", new CreateLocation("Sede", "Calle", "+34 600 000 000", "Europe/Madrid")))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(ClinicRoles.Provider)]
    [InlineData(ClinicRoles.FrontDesk)]
    [InlineData(ClinicRoles.Patient)]
    public async Task Given_a_role_other_than_admin_When_changing_the_catalog_Then_403_and_nothing_changes(string role)
    {
        var response = await factory.CreateClientAs(role).PostAsJsonAsync("/api/admin/catalog/locations",
            new CreateLocation("Sede", "Calle", "+34 600 000 000", "Europe/Madrid"));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await admin.GetAsync("/api/admin/catalog")).ShouldBeJsonAsync<StaffCatalog>()).Locations.ShouldBeEmpty();
    }
}
