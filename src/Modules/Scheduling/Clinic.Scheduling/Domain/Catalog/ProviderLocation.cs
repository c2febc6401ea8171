namespace Clinic.Scheduling.Domain.Catalog;

/// <summary>That a provider works at a location.</summary>
internal sealed record ProviderLocation(Guid LocationId);
