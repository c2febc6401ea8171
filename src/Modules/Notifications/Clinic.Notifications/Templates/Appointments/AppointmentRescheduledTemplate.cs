namespace Clinic.Notifications.Templates.Appointments;

/// <summary>Sent when an appointment moves; the attached invitation updates the same calendar entry.</summary>
internal static class AppointmentRescheduledTemplate
{
    public static EmailContent Email(AppointmentMessage m, DateTimeOffset previousStartsAt)
    {
        var previous = ZonedTime.Of(previousStartsAt, m.Visit.TimeZone);
        return new EmailContent(
            m.Language.Pick($"Tu cita ha cambiado: {m.WhenShort}", $"Your appointment has moved: {m.WhenShort}"),
            m.Language.Pick("Tu cita tiene nueva fecha y hora", "Your appointment has a new time"),
            [
                new Paragraph(m.Greeting),
                new Paragraph(m.Language.Pick(
                    $"Hemos cambiado tu cita en {m.Clinic.Name}. Estos son los datos actualizados:",
                    $"Your appointment at {m.Clinic.Name} has been moved. Here are the updated details:")),
                m.Details(new Fact(m.Language.Pick("Antes", "Previously"), m.Language.DateAndTime(previous))),
                m.AddToCalendar(m.Language.Pick(
                    "Si ya la tenías en tu calendario, la invitación adjunta la actualiza. También puedes añadirla aquí:",
                    "If it is already in your calendar, the attached invitation updates it. You can also add it here:")),
                new ActionButton(m.Language.Pick("Ver mis citas", "View my appointments"), m.PortalUrl),
                new Paragraph(m.Language.Pick(
                    $"Si la nueva hora no te va bien, llámanos al {m.Visit.LocationPhone} y buscamos otra.",
                    $"If the new time does not suit you, call us on {m.Visit.LocationPhone} and we will find another.")),
            ],
            m.Footer);
    }

    public static string Sms(AppointmentMessage m) => m.Sms(
        $"tu cita ha cambiado al {m.SmsWhen} en {m.Visit.LocationName}. Dudas: {m.Visit.LocationPhone}",
        $"your appointment has moved to {m.SmsWhen}, {m.Visit.LocationName}. Questions: {m.Visit.LocationPhone}");
}
