namespace Clinic.Notifications.Templates.Appointments;

/// <summary>Sent when an appointment is cancelled; the attached CANCEL removes it from the patient's calendar.</summary>
internal static class AppointmentCancellationTemplate
{
    public static EmailContent Email(AppointmentMessage m, bool cancelledByPatient, string? lateCancellationFee)
    {
        var when = $"{m.Language.LongDate(m.Start.Local)}, {m.Language.TimeRange(m.Start, m.End)}";
        var blocks = new List<EmailBlock>
        {
            new Paragraph(m.Greeting),
            new Paragraph(m.Language.Pick(
                $"Confirmamos la cancelación de tu cita de {m.Visit.Title} del {when} en {m.Visit.LocationName}.",
                $"We confirm that your {m.Visit.Title} appointment on {when} at {m.Visit.LocationName} has been cancelled.")),
        };
        if (lateCancellationFee is not null)
        {
            blocks.Add(new Paragraph(m.Language.Pick(
                $"Según la política de cancelación que aceptaste al reservar, esta cancelación tiene un cargo de {lateCancellationFee}. Te escribiremos aparte: con el justificante cuando se cobre o, si no se puede cobrar, con un enlace para pagarlo.",
                $"Under the cancellation policy you accepted when booking, this cancellation carries a fee of {lateCancellationFee}. We will write to you separately: with the receipt once it is charged or, if it cannot be charged, with a link to pay it.")));
        }

        blocks.Add(new Paragraph(m.Language.Pick("Cuando quieras, puedes reservar una nueva cita:", "Whenever you are ready, you can book a new appointment:")));
        blocks.Add(new ActionButton(m.Language.Pick("Reservar una cita", "Book an appointment"), m.BookingUrl));
        blocks.Add(new Note(m.Language.Pick(
            $"La invitación adjunta (.ics) elimina la cita de tu calendario. Si crees que se trata de un error, llámanos al {m.Visit.LocationPhone}.",
            $"The attached invitation (.ics) removes the appointment from your calendar. If you think this is a mistake, call us on {m.Visit.LocationPhone}.")));

        return new EmailContent(
            m.Language.Pick($"Cita cancelada: {m.WhenShort}", $"Appointment cancelled: {m.WhenShort}"),
            cancelledByPatient
                ? m.Language.Pick("Has cancelado tu cita", "You cancelled your appointment")
                : m.Language.Pick("Tu cita ha sido cancelada", "Your appointment has been cancelled"),
            blocks,
            m.Footer);
    }

    public static string Sms(AppointmentMessage m) => m.Sms(
        $"tu cita del {m.SmsWhen} ha sido cancelada. Para reservar otra llama al {m.Visit.LocationPhone}",
        $"your appointment on {m.SmsWhen} has been cancelled. To book again call {m.Visit.LocationPhone}");
}
