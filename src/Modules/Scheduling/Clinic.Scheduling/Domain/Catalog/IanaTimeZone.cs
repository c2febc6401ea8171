namespace Clinic.Scheduling.Domain.Catalog;

/// <summary>Locations accept only IANA zone ids, the form every calendar and browser understands.</summary>
internal static class IanaTimeZone
{
    public static bool IsValid(string? id) =>
        !string.IsNullOrWhiteSpace(id)
        && id.Length <= CatalogLimits.TimeZoneLength
        && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
        && zone.HasIanaId;
}
