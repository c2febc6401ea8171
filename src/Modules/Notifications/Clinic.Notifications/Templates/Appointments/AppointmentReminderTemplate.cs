namespace Clinic.Notifications.Templates.Appointments;

/// <summary>Sent the configured number of hours before the appointment (BY2).</summary>
internal static class AppointmentReminderTemplate
{
    public static EmailContent Email(AppointmentMessage m) => new(
        m.Language.Pick($"Recordatorio: tu cita el {m.WhenShort}", $"Reminder: your appointment on {m.WhenShort}"),
        m.Language.Pick("Te esperamos pronto", "See you soon"),
        [
            new Paragraph(m.Greeting),
            new Paragraph(m.Language.Pick(
                $"Te recordamos tu próxima cita en {m.Clinic.Name}:",
                $"This is a reminder of your upcoming appointment at {m.Clinic.Name}:")),
            m.Details(),
            m.AddToCalendar(m.Language.Pick("Añádela a tu calendario:", "Add it to your calendar:")),
            new Paragraph(m.Language.Pick(
                $"Si no puedes venir, avísanos cuanto antes llamando al {m.Visit.LocationPhone}: así podremos ofrecer la hora a otro paciente.",
                $"If you can no longer come, please let us know as soon as possible on {m.Visit.LocationPhone} so we can offer the time to another patient.")),
        ],
        m.Footer);

    public static string Sms(AppointmentMessage m) => m.Sms(
        $"te recordamos tu cita el {m.SmsWhen} en {m.Visit.LocationName}. Si no puedes venir, llama al {m.Visit.LocationPhone}",
        $"reminder of your appointment on {m.SmsWhen}, {m.Visit.LocationName}. Can't make it? Call {m.Visit.LocationPhone}");
}
