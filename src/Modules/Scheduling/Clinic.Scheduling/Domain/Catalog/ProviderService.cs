namespace Clinic.Scheduling.Domain.Catalog;

/// <summary>That a provider performs a service.</summary>
internal sealed record ProviderService(Guid ServiceId);
