using Clinic.BuildingBlocks.Errors;

namespace Clinic.Scheduling.Domain.Catalog;

/// <summary>A practitioner: which services they perform and at which locations they work.</summary>
internal sealed class Provider
{
    private readonly List<ProviderService> services = [];
    private readonly List<ProviderLocation> locations = [];

    private Provider() { }

    public Guid Id { get; private set; }

    public string DisplayName { get; private set; } = "";

    public string? Title { get; private set; }

    public string? Bio { get; private set; }

    public string? PhotoUrl { get; private set; }

    public bool IsActive { get; private set; }

    public IReadOnlyCollection<ProviderService> Services => services;

    public IReadOnlyCollection<ProviderLocation> Locations => locations;

    public static Provider Create(ProviderDetails details)
    {
        var provider = new Provider { Id = Guid.NewGuid(), IsActive = true };
        provider.Update(details);
        return provider;
    }

    public void Update(ProviderDetails details)
    {
        DisplayName = details.DisplayName.Trim();
        Title = Blank(details.Title);
        Bio = Blank(details.Bio);
        PhotoUrl = Blank(details.PhotoUrl);

        var serviceIds = details.ServiceIds.ToHashSet();
        services.RemoveAll(s => !serviceIds.Contains(s.ServiceId));
        services.AddRange(serviceIds.Except(services.Select(s => s.ServiceId)).Select(id => new ProviderService(id)));

        var locationIds = details.LocationIds.ToHashSet();
        locations.RemoveAll(l => !locationIds.Contains(l.LocationId));
        locations.AddRange(locationIds.Except(locations.Select(l => l.LocationId)).Select(id => new ProviderLocation(id)));
    }

    public bool Performs(Guid serviceId) => services.Any(s => s.ServiceId == serviceId);

    public bool WorksAt(Guid locationId) => locations.Any(l => l.LocationId == locationId);

    /// <summary>Hours and extra hours are set for a location the provider works at, never another.</summary>
    public void EnsureWorksAt(Location location)
    {
        if (!WorksAt(location.Id))
        {
            throw new BusinessRuleException($"{DisplayName} does not work at {location.Name}; add the location to the provider first.");
        }
    }

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
