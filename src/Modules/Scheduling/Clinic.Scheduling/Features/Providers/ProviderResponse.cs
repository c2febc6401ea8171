using Clinic.Scheduling.Domain.Catalog;

namespace Clinic.Scheduling.Features.Providers;

public sealed record ProviderResponse(
    Guid Id,
    string DisplayName,
    string? Title,
    string? Bio,
    string? PhotoUrl,
    IReadOnlyList<Guid> ServiceIds,
    IReadOnlyList<Guid> LocationIds,
    bool IsActive)
{
    internal static ProviderResponse From(Provider provider) => new(
        provider.Id, provider.DisplayName, provider.Title, provider.Bio, provider.PhotoUrl,
        provider.Services.Select(s => s.ServiceId).Order().ToList(),
        provider.Locations.Select(l => l.LocationId).Order().ToList(),
        provider.IsActive);
}
