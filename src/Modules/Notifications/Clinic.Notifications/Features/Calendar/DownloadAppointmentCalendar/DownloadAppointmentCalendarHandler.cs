using Clinic.Notifications.Adapters.Email;
using Clinic.Notifications.Calendar;
using Clinic.Notifications.Persistence;
using Clinic.Notifications.Templates;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clinic.Notifications.Features.Calendar.DownloadAppointmentCalendar;

internal sealed class DownloadAppointmentCalendarHandler(
    NotificationsDbContext db, IOptions<ClinicBrandingOptions> clinic, IOptions<EmailOptions> email, TimeProvider clock)
    : IRequestHandler<DownloadAppointmentCalendar, CalendarDownload?>
{
    public async ValueTask<CalendarDownload?> Handle(DownloadAppointmentCalendar query, CancellationToken cancellationToken)
    {
        // A wrong, malformed or unknown token all get the same answer, which tells nothing about what exists.
        var calendar = CalendarToken.IsWellFormed(query.Token)
            ? await db.AppointmentCalendars.AsNoTracking().SingleOrDefaultAsync(c => c.AccessToken == query.Token, cancellationToken)
            : null;
        if (calendar is null)
        {
            return null;
        }

        var branding = clinic.Value.ToBranding();
        var language = Languages.Resolve(calendar.Language, branding.DefaultLanguage);
        var organizer = new CalendarParty(email.Value.FromAddress, string.IsNullOrWhiteSpace(email.Value.FromName) ? branding.Name : email.Value.FromName);
        var content = IcsFile.Write(calendar, IcsFile.Publish, organizer, attendee: null, language, branding, clock.GetUtcNow());
        return new CalendarDownload(language.Pick("cita.ics", "appointment.ics"), content);
    }
}
