namespace Clinic.Scheduling.Domain.Catalog;

/// <summary>Field lengths shared by the validators and the database columns, so the two agree.</summary>
internal static class CatalogLimits
{
    public const int NameLength = 120;
    public const int DescriptionLength = 2000;
    public const int AddressLength = 300;
    public const int PhoneLength = 30;
    public const int TimeZoneLength = 64;
    public const int UrlLength = 500;
    public const int MinDurationMinutes = 5;
    public const int MaxDurationMinutes = 480;
    public const int MaxBufferMinutes = 240;
}
