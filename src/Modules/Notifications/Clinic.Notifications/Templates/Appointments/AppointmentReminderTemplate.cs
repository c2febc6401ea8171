using Clinic.Forms.Contracts;

namespace Clinic.Notifications.Templates.Appointments;

/// <summary>
/// Sent the configured number of hours before the appointment (BY2). Rendered again just before it goes, so it names
/// the forms still pending at that moment (PP10): their status and titles only, never their content.
/// </summary>
internal static class AppointmentReminderTemplate
{
    public static EmailContent Email(AppointmentMessage m, AppointmentFormsStatus? forms = null)
    {
        var blocks = new List<EmailBlock>
        {
            new Paragraph(m.Greeting),
            new Paragraph(m.Language.Pick(
                $"Te recordamos tu próxima cita en {m.Clinic.Name}:",
                $"This is a reminder of your upcoming appointment at {m.Clinic.Name}:")),
            m.Details(),
        };
        if (forms is { Pending: > 0 })
        {
            blocks.Add(new BulletList(
                m.Language.Pick("Antes de venir, completa en tu portal", "Before you come, please complete in your portal"),
                forms.PendingTitles.Select(title => new BulletItem(null, title)).ToList()));
            blocks.Add(new ActionButton(m.Language.Pick("Completar ahora", "Complete them now"), m.PortalUrl));
        }

        blocks.Add(m.AddToCalendar(m.Language.Pick("Añádela a tu calendario:", "Add it to your calendar:")));
        blocks.Add(new Paragraph(m.Language.Pick(
            $"Si no puedes venir, avísanos cuanto antes llamando al {m.Visit.LocationPhone}: así podremos ofrecer la hora a otro paciente.",
            $"If you can no longer come, please let us know as soon as possible on {m.Visit.LocationPhone} so we can offer the time to another patient.")));
        return new EmailContent(
            m.Language.Pick($"Recordatorio: tu cita el {m.WhenShort}", $"Reminder: your appointment on {m.WhenShort}"),
            m.Language.Pick("Te esperamos pronto", "See you soon"),
            blocks,
            m.Footer);
    }

    /// <summary>One segment either way: with forms pending, they take the place of the phone number (which the email has).</summary>
    public static string Sms(AppointmentMessage m, AppointmentFormsStatus? forms = null) => forms is { Pending: > 0 } pending
        ? m.Sms(
            $"tu cita es el {m.SmsWhen} en {m.Visit.LocationName}. Completa antes {Count(m, pending.Pending)} en tu portal",
            $"your appointment is {m.SmsWhen}, {m.Visit.LocationName}. Please complete {Count(m, pending.Pending)} in your portal first")
        : m.Sms(
            $"te recordamos tu cita el {m.SmsWhen} en {m.Visit.LocationName}. Si no puedes venir, llama al {m.Visit.LocationPhone}",
            $"reminder of your appointment on {m.SmsWhen}, {m.Visit.LocationName}. Can't make it? Call {m.Visit.LocationPhone}");

    private static string Count(AppointmentMessage m, int pending) => m.Language.Pick(
        pending == 1 ? "1 formulario" : $"{pending} formularios",
        pending == 1 ? "1 form" : $"{pending} forms");
}
