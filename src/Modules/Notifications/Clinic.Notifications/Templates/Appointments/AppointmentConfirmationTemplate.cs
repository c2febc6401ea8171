namespace Clinic.Notifications.Templates.Appointments;

/// <summary>Sent when an appointment is booked (OB10), with the calendar invitation attached.</summary>
internal static class AppointmentConfirmationTemplate
{
    public static EmailContent Email(AppointmentMessage m) => new(
        m.Language.Pick($"Cita confirmada: {m.WhenShort}", $"Appointment confirmed: {m.WhenShort}"),
        m.Language.Pick("Tu cita está confirmada", "Your appointment is confirmed"),
        [
            new Paragraph(m.Greeting),
            new Paragraph(m.Language.Pick(
                $"Gracias por reservar en {m.Clinic.Name}. Te esperamos en {m.Visit.LocationName}; estos son los detalles de tu cita:",
                $"Thank you for booking with {m.Clinic.Name}. We look forward to seeing you at {m.Visit.LocationName}. Here are the details:")),
            m.Details(),
            m.AddToCalendar(m.Language.Pick("Añádela a tu calendario:", "Add it to your calendar:")),
            new ActionButton(m.Language.Pick("Ver mis citas", "View my appointments"), m.PortalUrl),
            new Paragraph(m.Language.Pick(
                $"Si necesitas cambiar o cancelar la cita, puedes hacerlo desde tu portal de paciente o llamándonos al {m.Visit.LocationPhone}.",
                $"If you need to change or cancel it, use your patient portal or call us on {m.Visit.LocationPhone}.")),
            new Note(m.Language.Pick(
                "La invitación adjunta (.ics) añade la cita a tu calendario.",
                "The attached invitation (.ics) adds the appointment to your calendar.")),
        ],
        m.Footer);

    public static string Sms(AppointmentMessage m) => m.Sms(
        $"cita confirmada el {m.SmsWhen} en {m.Visit.LocationName}. Para cambiarla llama al {m.Visit.LocationPhone}",
        $"appointment confirmed for {m.SmsWhen}, {m.Visit.LocationName}. To change it call {m.Visit.LocationPhone}");
}
