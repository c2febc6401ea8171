using Clinic.Notifications.Domain.Calendar;

namespace Clinic.Notifications.Templates.Appointments;

/// <summary>Everything an appointment email or SMS may say, with the wording shared by all of them.</summary>
internal sealed record AppointmentMessage(AppointmentVisit Visit, string PatientName, Language Language, ClinicBranding Clinic, CalendarLinks Links)
{
    public ZonedTime Start => ZonedTime.Of(Visit.StartsAt, Visit.TimeZone);

    public ZonedTime End => ZonedTime.Of(Visit.EndsAt, Visit.TimeZone);

    public string Greeting => Language.Pick($"Hola, {Wording.FirstName(PatientName)}:", $"Hello {Wording.FirstName(PatientName)},");

    /// <summary>"jueves 26 de marzo a las 10:30" / "Thursday 26 March at 10:30", for subjects.</summary>
    public string WhenShort => Language.Pick(
        $"{Language.DayAndMonth(Start.Local)} a las {Wording.Clock(Start.Local)}",
        $"{Language.DayAndMonth(Start.Local)} at {Wording.Clock(Start.Local)}");

    /// <summary>"jue 26/03 a las 10:30 (hora de Madrid)", for SMS.</summary>
    public string SmsWhen => Language.Pick(
        $"{Language.ShortDate(Start.Local)} a las {Wording.Clock(Start.Local)} ({Language.ZoneName(Visit.TimeZone)})",
        $"{Language.ShortDate(Start.Local)} at {Wording.Clock(Start.Local)} ({Language.ZoneName(Visit.TimeZone)})");

    public Facts Details(params Fact[] extra) => new(
    [
        new Fact(Language.Pick("Tratamiento", "Treatment"), Visit.Title),
        new Fact(Language.Pick("Fecha", "Date"), Language.LongDate(Start.Local)),
        new Fact(Language.Pick("Hora", "Time"), Language.TimeRange(Start, End)),
        new Fact(Language.Pick("Profesional", "With"), Visit.ProviderName),
        new Fact(Language.Pick("Centro", "Clinic"), Visit.LocationName),
        new Fact(Language.Pick("Dirección", "Address"), Visit.LocationAddress),
        new Fact(Language.Pick("Teléfono", "Phone"), Visit.LocationPhone),
        .. extra,
    ]);

    public LinkRow AddToCalendar(string intro) => new(intro,
    [
        new Link("Google Calendar", Links.Google),
        new Link("Outlook", Links.Outlook),
        new Link(Language.Pick("Apple y otros (.ics)", "Apple and others (.ics)"), Links.Download),
    ]);

    public string PortalUrl => $"{Clinic.PublicUrl.TrimEnd('/')}/portal";

    public string BookingUrl => $"{Clinic.PublicUrl.TrimEnd('/')}/book";

    public IReadOnlyList<string> Footer =>
    [
        $"{Clinic.Name} · {Visit.LocationName}",
        Visit.LocationAddress,
        Language.Pick($"Tel. {Visit.LocationPhone}", $"Phone {Visit.LocationPhone}"),
    ];

    /// <summary>SMS text: starts with the clinic's name (SMS senders are often just a number) and stays in the GSM alphabet.</summary>
    public string Sms(string es, string en) => GsmText.Transliterate($"{Clinic.Name}: {Language.Pick(es, en)}");
}
