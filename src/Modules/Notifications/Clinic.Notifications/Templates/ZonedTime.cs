namespace Clinic.Notifications.Templates;

/// <summary>An instant as the wall clock of one IANA zone shows it, with the offset in force at that instant.</summary>
internal readonly record struct ZonedTime(DateTime Local, TimeSpan Offset, string ZoneId)
{
    public static ZonedTime Of(DateTimeOffset instant, string zoneId)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            // Scheduling only stores valid IANA ids; should one ever be unknown here, UTC is at least stated honestly.
            return new ZonedTime(instant.UtcDateTime, TimeSpan.Zero, "UTC");
        }

        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return new ZonedTime(local.DateTime, local.Offset, zoneId);
    }
}
