using System.Globalization;
using Clinic.Notifications.Domain.Calendar;
using Clinic.Notifications.Templates;
using Clinic.Notifications.Templates.Appointments;

namespace Clinic.Notifications.Calendar;

/// <summary>"Add to calendar" links: Google and Outlook pre-filled event pages, and our own .ics download.</summary>
internal static class CalendarLinkBuilder
{
    public static CalendarLinks For(AppointmentCalendar entry, Language language, ClinicBranding clinic)
    {
        var title = language.Pick($"Cita: {entry.Title} · {clinic.Name}", $"Appointment: {entry.Title} · {clinic.Name}");
        var location = $"{entry.LocationName}, {entry.LocationAddress}";
        var details = language.Pick(
            $"{entry.Title} con {entry.ProviderName}. Teléfono: {entry.LocationPhone}",
            $"{entry.Title} with {entry.ProviderName}. Phone: {entry.LocationPhone}");

        var google = "https://calendar.google.com/calendar/render?action=TEMPLATE"
                     + $"&text={Escape(title)}"
                     + $"&dates={Compact(entry.StartsAt)}/{Compact(entry.EndsAt)}"
                     + $"&details={Escape(details)}"
                     + $"&location={Escape(location)}"
                     + $"&ctz={Escape(entry.TimeZone)}";
        var outlook = "https://outlook.live.com/calendar/0/deeplink/compose?path=%2Fcalendar%2Faction%2Fcompose&rru=addevent"
                      + $"&subject={Escape(title)}"
                      + $"&startdt={Escape(Iso(entry.StartsAt))}"
                      + $"&enddt={Escape(Iso(entry.EndsAt))}"
                      + $"&body={Escape(details)}"
                      + $"&location={Escape(location)}";
        return new CalendarLinks(google, outlook, DownloadUrl(clinic, entry.AccessToken));
    }

    public static string DownloadUrl(ClinicBranding clinic, string accessToken) => $"{clinic.PublicUrl.TrimEnd('/')}/api/calendar/{accessToken}";

    private static string Compact(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
