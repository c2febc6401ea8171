using Clinic.Notifications.Domain.Reminders;

namespace Clinic.Notifications.Features.Reminders;

/// <summary>The reminders sent before every appointment (BY2); an empty list switches them off.</summary>
/// <param name="Reminders">One entry per lead time, longest first.</param>
public sealed record ReminderSettings(IReadOnlyList<ReminderLeadTime> Reminders)
{
    internal static ReminderSettings From(IEnumerable<ReminderRule> rules) =>
        new(rules.OrderByDescending(r => r.HoursBefore).Select(r => new ReminderLeadTime(r.HoursBefore, r.ByEmail, r.BySms)).ToList());
}

/// <summary>One reminder.</summary>
/// <param name="HoursBefore">Exact hours before the appointment starts (1–720).</param>
/// <param name="Email">Send it by email.</param>
/// <param name="Sms">Send it by SMS.</param>
public sealed record ReminderLeadTime(int HoursBefore, bool Email, bool Sms);
