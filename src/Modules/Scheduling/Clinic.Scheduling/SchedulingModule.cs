using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Modules;
using Clinic.BuildingBlocks.Persistence;
using Clinic.Scheduling.Contracts;
using Clinic.Scheduling.Demo;
using Clinic.Scheduling.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.Scheduling;

/// <summary>Scheduling's public face: one line to register it, one line to map its endpoints.</summary>
public static class SchedulingModule
{
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<SchedulingDbContext, SqliteSchedulingDbContext, SqlServerSchedulingDbContext>(
            configuration, SchedulingModuleInfo.Name, typeof(SchedulingModule).Assembly, typeof(SchedulingModuleInfo).Assembly);
        services.Configure<ClinicProfileOptions>(configuration.GetSection(ClinicProfileOptions.Section));
        services.AddScoped<IDemoDataSeeder, DemoClinicSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapScheduling(this IEndpointRouteBuilder app)
    {
        var catalog = app.MapGroup("/api/catalog").WithTags("Scheduling").AllowAnonymous();
        Features.PublicCatalog.GetClinicProfile.GetClinicProfileEndpoint.Map(catalog);
        Features.PublicCatalog.ListBookableCategories.ListBookableCategoriesEndpoint.Map(catalog);
        Features.PublicCatalog.ListProvidersForService.ListProvidersForServiceEndpoint.Map(catalog);

        var staffRead = app.MapGroup("/api/admin/catalog").WithTags("Scheduling").RequireAuthorization(ClinicPolicies.ReadCatalog);
        Features.StaffCatalog.GetCatalog.GetCatalogEndpoint.Map(staffRead);

        var admin = app.MapGroup("/api/admin/catalog").WithTags("Scheduling").RequireAuthorization(ClinicPolicies.ManageClinic);
        Features.Locations.CreateLocation.CreateLocationEndpoint.Map(admin);
        Features.Locations.UpdateLocation.UpdateLocationEndpoint.Map(admin);
        Features.Locations.DeactivateLocation.DeactivateLocationEndpoint.Map(admin);
        Features.Categories.CreateServiceCategory.CreateServiceCategoryEndpoint.Map(admin);
        Features.Categories.UpdateServiceCategory.UpdateServiceCategoryEndpoint.Map(admin);
        Features.Categories.DeactivateServiceCategory.DeactivateServiceCategoryEndpoint.Map(admin);
        Features.Services.CreateService.CreateServiceEndpoint.Map(admin);
        Features.Services.UpdateService.UpdateServiceEndpoint.Map(admin);
        Features.Services.DeactivateService.DeactivateServiceEndpoint.Map(admin);
        Features.Providers.CreateProvider.CreateProviderEndpoint.Map(admin);
        Features.Providers.UpdateProvider.UpdateProviderEndpoint.Map(admin);
        Features.Providers.DeactivateProvider.DeactivateProviderEndpoint.Map(admin);
        return app;
    }
}
