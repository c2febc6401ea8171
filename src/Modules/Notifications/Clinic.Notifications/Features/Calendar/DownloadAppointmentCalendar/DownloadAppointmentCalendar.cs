using Mediator;

namespace Clinic.Notifications.Features.Calendar.DownloadAppointmentCalendar;

/// <summary>An appointment's calendar file, for the token in the patient's email link; null when the token matches nothing.</summary>
public sealed record DownloadAppointmentCalendar(string Token) : IRequest<CalendarDownload?>;

/// <summary>The current calendar entry of one appointment.</summary>
public sealed record CalendarDownload(string FileName, string Content);
