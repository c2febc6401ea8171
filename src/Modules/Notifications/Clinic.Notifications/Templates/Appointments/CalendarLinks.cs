namespace Clinic.Notifications.Templates.Appointments;

/// <summary>"Add to calendar" links for the patient's own calendar (OB10).</summary>
internal sealed record CalendarLinks(string Google, string Outlook, string Download);
