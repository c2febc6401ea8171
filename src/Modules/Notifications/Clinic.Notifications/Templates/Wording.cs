using System.Globalization;
using Clinic.BuildingBlocks.Abstractions;

namespace Clinic.Notifications.Templates;

/// <summary>
/// Dates, times, zones and amounts as a Spanish or English reader expects them. Day and month names
/// are spelled out here rather than taken from the OS culture data, so every server writes the same text.
/// </summary>
internal static class Wording
{
    private static readonly string[] EsDays = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"];
    private static readonly string[] EsShortDays = ["dom", "lun", "mar", "mié", "jue", "vie", "sáb"];
    private static readonly string[] EsMonths = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
    private static readonly string[] EnDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    private static readonly string[] EnMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Zones whose city is written differently in Spanish, or is not a city at all.</summary>
    private static readonly Dictionary<string, (string Es, string En)> Places = new(StringComparer.Ordinal)
    {
        ["Atlantic/Canary"] = ("Canarias", "Canary Islands"),
        ["Europe/London"] = ("Londres", "London"),
        ["Europe/Lisbon"] = ("Lisboa", "Lisbon"),
        ["America/New_York"] = ("Nueva York", "New York"),
        ["America/Mexico_City"] = ("Ciudad de México", "Mexico City"),
        ["UTC"] = ("UTC", "UTC"),
    };

    /// <summary>"jueves, 26 de marzo de 2026" / "Thursday, 26 March 2026".</summary>
    public static string LongDate(this Language language, DateTime local) => language.Pick(
        $"{EsDays[(int)local.DayOfWeek]}, {local.Day} de {EsMonths[local.Month - 1]} de {local.Year}",
        $"{EnDays[(int)local.DayOfWeek]}, {local.Day} {EnMonths[local.Month - 1]} {local.Year}");

    /// <summary>"jueves 26 de marzo" / "Thursday 26 March".</summary>
    public static string DayAndMonth(this Language language, DateTime local) => language.Pick(
        $"{EsDays[(int)local.DayOfWeek]} {local.Day} de {EsMonths[local.Month - 1]}",
        $"{EnDays[(int)local.DayOfWeek]} {local.Day} {EnMonths[local.Month - 1]}");

    /// <summary>"jue 26/03" / "Thu 26 Mar": for SMS, where every character counts.</summary>
    public static string ShortDate(this Language language, DateTime local) => language.Pick(
        $"{EsShortDays[(int)local.DayOfWeek]} {local:dd'/'MM}",
        $"{EnDays[(int)local.DayOfWeek][..3]} {local.Day} {EnMonths[local.Month - 1][..3]}");

    public static string Clock(DateTime local) => local.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"hora de Madrid" / "Madrid time".</summary>
    public static string ZoneName(this Language language, string zoneId)
    {
        var (es, en) = Places.TryGetValue(zoneId, out var place) ? place : (CityOf(zoneId), CityOf(zoneId));
        return language.Pick($"hora de {es}", $"{en} time");
    }

    /// <summary>"GMT+1", "GMT+5:30", "GMT".</summary>
    public static string GmtOffset(TimeSpan offset)
    {
        if (offset == TimeSpan.Zero)
        {
            return "GMT";
        }

        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var absolute = offset.Duration();
        return absolute.Minutes == 0 ? $"GMT{sign}{absolute.Hours}" : $"GMT{sign}{absolute.Hours}:{absolute.Minutes:00}";
    }

    /// <summary>"10:30–11:30 (hora de Madrid, GMT+2)": the zone is always named, so nobody has to guess.</summary>
    public static string TimeRange(this Language language, ZonedTime start, ZonedTime end) =>
        $"{Clock(start.Local)}–{Clock(end.Local)} ({language.ZoneName(start.ZoneId)}, {GmtOffset(start.Offset)})";

    /// <summary>"jueves, 26 de marzo de 2026, 10:30 (hora de Madrid, GMT+1)".</summary>
    public static string DateAndTime(this Language language, ZonedTime time) =>
        $"{language.LongDate(time.Local)}, {Clock(time.Local)} ({language.ZoneName(time.ZoneId)}, {GmtOffset(time.Offset)})";

    /// <summary>"25,00 €" / "€25.00".</summary>
    public static string Money(this Language language, long amountMinor, string currency) =>
        new Money(amountMinor, currency).Format(CultureInfo.GetCultureInfo(language.Pick("es-ES", "en-GB")));

    /// <summary>How a message greets the patient: by first name.</summary>
    public static string FirstName(string fullName)
    {
        var trimmed = fullName.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? trimmed[..space] : trimmed;
    }

    private static string CityOf(string zoneId) => zoneId[(zoneId.LastIndexOf('/') + 1)..].Replace('_', ' ');
}
