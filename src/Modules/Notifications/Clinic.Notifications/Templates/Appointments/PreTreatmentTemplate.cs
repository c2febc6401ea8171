using Clinic.Forms.Contracts;

namespace Clinic.Notifications.Templates.Appointments;

/// <summary>Sent at booking when the booked services have pre-treatment instructions (PP10), in the patient's language.</summary>
internal static class PreTreatmentTemplate
{
    public static EmailContent Email(AppointmentMessage m, IReadOnlyList<InstructionDocument> instructions) => new(
        m.Language.Pick($"Prepárate para tu cita del {m.WhenShort}", $"Getting ready for your appointment on {m.WhenShort}"),
        m.Language.Pick("Antes de tu tratamiento", "Before your treatment"),
        [
            new Paragraph(m.Greeting),
            new Paragraph(m.Language.Pick(
                $"Para que tu tratamiento de {m.Visit.Title} sea seguro y dé el mejor resultado, sigue estas indicaciones en los días previos a la cita.",
                $"So that your {m.Visit.Title} treatment is safe and gives the best result, please follow these instructions in the days before your appointment.")),
            .. InstructionsBlocks.Of(instructions),
            new Paragraph(m.Language.Pick(
                "También las tienes en tu portal de paciente, junto con cualquier cuestionario o consentimiento que tengas pendiente antes de venir.",
                "You can also find them in your patient portal, together with any questionnaires and consents to complete before you come.")),
            new ActionButton(m.Language.Pick("Ir a mi portal", "Go to my portal"), m.PortalUrl),
            m.Details(),
            new Paragraph(m.Language.Pick(
                $"Si tienes alguna duda, llámanos al {m.Visit.LocationPhone}.",
                $"If you have any questions, call us on {m.Visit.LocationPhone}.")),
        ],
        m.Footer);
}
