using Clinic.Scheduling.Features.Categories;
using Clinic.Scheduling.Features.Locations;
using Clinic.Scheduling.Features.Providers;
using Clinic.Scheduling.Features.Services;
using Mediator;

namespace Clinic.Scheduling.Features.StaffCatalog.GetCatalog;

/// <summary>The whole catalog, inactive entries included, for the staff settings screens.</summary>
public sealed record GetCatalog : IRequest<StaffCatalog>;

public sealed record StaffCatalog(
    IReadOnlyList<LocationResponse> Locations,
    IReadOnlyList<ServiceCategoryResponse> Categories,
    IReadOnlyList<ServiceResponse> Services,
    IReadOnlyList<ProviderResponse> Providers);
