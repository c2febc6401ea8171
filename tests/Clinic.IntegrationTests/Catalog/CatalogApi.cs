using System.Net;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Domain.Catalog;
using Clinic.Scheduling.Features.Categories;
using Clinic.Scheduling.Features.Categories.CreateServiceCategory;
using Clinic.Scheduling.Features.Locations;
using Clinic.Scheduling.Features.Locations.CreateLocation;
using Clinic.Scheduling.Features.Providers;
using Clinic.Scheduling.Features.Providers.CreateProvider;
using Clinic.Scheduling.Features.Services;
using Clinic.Scheduling.Features.Services.CreateService;

namespace Clinic.IntegrationTests.Catalog;

/// <summary>Builds catalog data through the staff API, the way an admin would.</summary>
internal sealed class CatalogApi(HttpClient admin)
{
    public async Task<LocationResponse> CreateLocationAsync(string name = "Sede Centro", string timeZone = "Europe/Madrid") =>
        await (await admin.PostAsJsonAsync("/api/admin/catalog/locations", new CreateLocation(name, "Calle Mayor 1, Madrid", "+34 910 000 000", timeZone)))
            .ShouldBeJsonAsync<LocationResponse>(HttpStatusCode.Created);

    public async Task<ServiceCategoryResponse> CreateCategoryAsync(string name = "Faciales", int sortOrder = 1) =>
        await (await admin.PostAsJsonAsync("/api/admin/catalog/categories", new CreateServiceCategory(name, null, sortOrder)))
            .ShouldBeJsonAsync<ServiceCategoryResponse>(HttpStatusCode.Created);

    public async Task<ServiceResponse> CreateServiceAsync(Guid categoryId, string name = "Limpieza facial", int minutes = 60, long price = 6500, long? deposit = null) =>
        await (await admin.PostAsJsonAsync("/api/admin/catalog/services",
                new CreateService(categoryId, name, "Descripción", minutes, 10, new Money(price, "EUR"), deposit)))
            .ShouldBeJsonAsync<ServiceResponse>(HttpStatusCode.Created);

    public async Task<ProviderResponse> CreateProviderAsync(string name, Guid[] serviceIds, Guid[] locationIds) =>
        await (await admin.PostAsJsonAsync("/api/admin/catalog/providers",
                new CreateProvider(name, "Esteticista", null, null, serviceIds, locationIds)))
            .ShouldBeJsonAsync<ProviderResponse>(HttpStatusCode.Created);
}
