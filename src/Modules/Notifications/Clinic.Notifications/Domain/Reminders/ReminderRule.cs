namespace Clinic.Notifications.Domain.Reminders;

/// <summary>
/// One reminder the clinic sends before every appointment: so many hours before it, by email, SMS or both.
/// Hours are exact elapsed hours, so "24 h before" is the same instant whether or not a DST change falls in between.
/// </summary>
internal sealed class ReminderRule
{
    public const int MaxHoursBefore = 24 * 30;
    public const int MaxRules = 5;

    private ReminderRule() { }

    public ReminderRule(int hoursBefore, bool byEmail, bool bySms)
    {
        HoursBefore = hoursBefore;
        ByEmail = byEmail;
        BySms = bySms;
    }

    public int HoursBefore { get; private set; }

    public bool ByEmail { get; private set; }

    public bool BySms { get; private set; }

    public void Change(bool byEmail, bool bySms)
    {
        ByEmail = byEmail;
        BySms = bySms;
    }

    /// <summary>When the reminder for an appointment starting at <paramref name="startsAt"/> goes out.</summary>
    public DateTimeOffset SendTimeFor(DateTimeOffset startsAt) => startsAt - TimeSpan.FromHours(HoursBefore);
}
