using Clinic.Notifications.Domain.Calendar;
using Clinic.Notifications.Templates;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Clinic.Notifications.Calendar;

/// <summary>
/// Writes an appointment as an iCalendar file. The UID is derived from the appointment id alone and
/// SEQUENCE grows with every change, so a calendar app updates or removes the entry it already has.
/// Times are written in UTC: every client converts them to the reader's zone correctly.
/// </summary>
internal static class IcsFile
{
    /// <summary>An invitation sent by email: adds or updates the entry.</summary>
    public const string Request = "REQUEST";

    /// <summary>Sent by email when the appointment is cancelled: removes the entry.</summary>
    public const string Cancel = "CANCEL";

    /// <summary>A file the patient downloads and imports.</summary>
    public const string Publish = "PUBLISH";

    public const string MediaType = "text/calendar";

    public static string Uid(Guid appointmentId) => $"clinic-appointment-{appointmentId:D}";

    public static string Write(AppointmentCalendar entry, string method, CalendarParty organizer, CalendarParty? attendee, Language language, ClinicBranding clinic, DateTimeOffset now)
    {
        var cancelled = method == Cancel || entry.IsCancelled;
        var calendarEvent = new CalendarEvent
        {
            Uid = Uid(entry.AppointmentId),
            Sequence = entry.Sequence,
            DtStamp = new CalDateTime(now.UtcDateTime),
            Start = new CalDateTime(entry.StartsAt.UtcDateTime),
            End = new CalDateTime(entry.EndsAt.UtcDateTime),
            Summary = language.Pick($"Cita: {entry.Title} · {clinic.Name}", $"Appointment: {entry.Title} · {clinic.Name}"),
            Location = $"{entry.LocationName}, {entry.LocationAddress}",
            Description = Description(entry, language, clinic),
            Status = cancelled ? "CANCELLED" : "CONFIRMED",
            Organizer = new Organizer($"mailto:{organizer.Email}") { CommonName = organizer.Name },
        };
        if (attendee is not null)
        {
            calendarEvent.Attendees.Add(new Attendee($"mailto:{attendee.Email}")
            {
                CommonName = attendee.Name,
                Role = "REQ-PARTICIPANT",
                Rsvp = false,
            });
        }

        var calendar = new Ical.Net.Calendar
        {
            ProductId = "-//Clinic//Appointments//EN",
            Method = method,
        };
        calendar.Events.Add(calendarEvent);
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static string Description(AppointmentCalendar entry, Language language, ClinicBranding clinic) => language.Pick(
        $"{entry.Title} con {entry.ProviderName}.\n{entry.LocationName}, {entry.LocationAddress}.\nPara cambiar o cancelar la cita llama al {entry.LocationPhone} o entra en {clinic.PublicUrl.TrimEnd('/')}/portal",
        $"{entry.Title} with {entry.ProviderName}.\n{entry.LocationName}, {entry.LocationAddress}.\nTo change or cancel, call {entry.LocationPhone} or visit {clinic.PublicUrl.TrimEnd('/')}/portal");
}

/// <summary>An organizer or attendee of a calendar entry.</summary>
internal sealed record CalendarParty(string Email, string Name);
