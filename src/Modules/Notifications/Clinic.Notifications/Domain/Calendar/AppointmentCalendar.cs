namespace Clinic.Notifications.Domain.Calendar;

/// <summary>
/// The patient's calendar entry for one appointment. Its UID never changes and every update raises
/// <see cref="Sequence"/>, so calendar apps move or cancel the same entry instead of adding a new one.
/// The access token lets the patient download the current entry without logging in.
/// </summary>
internal sealed class AppointmentCalendar
{
    public const int TokenLength = 64;

    private AppointmentCalendar() { }

    public Guid AppointmentId { get; private set; }

    public Guid PatientId { get; private set; }

    /// <summary>
    /// 32 random bytes, base64url: unguessable, and the only key to the public download. Kept in clear
    /// rather than hashed because every later email about the appointment repeats the same link, and
    /// those emails are stored as sent anyway.
    /// </summary>
    public string AccessToken { get; private set; } = "";

    public int Sequence { get; private set; }

    public string Title { get; private set; } = "";

    public string ProviderName { get; private set; } = "";

    public string LocationName { get; private set; } = "";

    public string LocationAddress { get; private set; } = "";

    public string LocationPhone { get; private set; } = "";

    public string TimeZone { get; private set; } = "";

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public bool IsCancelled { get; private set; }

    public string Language { get; private set; } = "";

    /// <summary>When the event behind the current state happened; an older event arriving late must not roll it back.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    public AppointmentVisit Visit => new(
        AppointmentId, PatientId, Title, ProviderName, LocationName, LocationAddress, LocationPhone, TimeZone, StartsAt, EndsAt);

    public static AppointmentCalendar Open(AppointmentVisit visit, string language, string accessToken, DateTimeOffset changedAt, bool cancelled)
    {
        var calendar = new AppointmentCalendar { AppointmentId = visit.AppointmentId, AccessToken = accessToken, Sequence = -1 };
        calendar.Apply(visit, language, changedAt, cancelled);
        return calendar;
    }

    /// <summary>Applies a newer state; returns false (and changes nothing) when the event is older than what is already known.</summary>
    public bool TryUpdate(AppointmentVisit visit, string language, DateTimeOffset changedAt, bool cancelled)
    {
        if (changedAt < ChangedAt)
        {
            return false;
        }

        Apply(visit, language, changedAt, cancelled);
        return true;
    }

    private void Apply(AppointmentVisit visit, string language, DateTimeOffset changedAt, bool cancelled)
    {
        Sequence++;
        PatientId = visit.PatientId;
        Title = visit.Title;
        ProviderName = visit.ProviderName;
        LocationName = visit.LocationName;
        LocationAddress = visit.LocationAddress;
        LocationPhone = visit.LocationPhone;
        TimeZone = visit.TimeZone;
        StartsAt = visit.StartsAt;
        EndsAt = visit.EndsAt;
        IsCancelled = cancelled;
        Language = language;
        ChangedAt = changedAt;
    }

    public void MovePatient(Guid patientId) => PatientId = patientId;
}
